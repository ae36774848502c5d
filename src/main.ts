import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/app.css';
import { DataClient } from './data/data-client.ts';
import { ControlMap } from './map/control-map.ts';
import { palettes } from './map/palette.ts';
import { snapshotFile } from './model/data-manifest.ts';
import { parseUrlState, requestedTheme, toSearch } from './model/url-state.ts';
import { setMapState } from './ui/map-state.ts';
import { renderCredits } from './ui/render-credits.ts';
import { renderLegend } from './ui/render-legend.ts';
import { renderSummary } from './ui/render-summary.ts';

const element = (id: string) => document.getElementById(id)!;

async function start(): Promise<void> {
  setMapState('loading');
  const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
  const theme = requestedTheme(location.search, location.hash) ?? (prefersDark ? 'dark' : 'light');
  document.documentElement.dataset.theme = theme;
  const palette = palettes[theme];

  const data = new DataClient();
  const manifest = await data.manifest();
  renderCredits(element('credits'), manifest.credits);

  const { series } = manifest;
  const snapshots = new Map<
    string,
    { hash: string; heldKm2: number; contestedKm2: number | null }
  >();
  for (const reference of manifest.references)
    snapshots.set(reference.date, { ...reference, contestedKm2: null });
  series.dates.forEach((date, i) =>
    snapshots.set(date, {
      hash: series.hashes[i]!,
      heldKm2: series.heldKm2[i]!,
      contestedKm2: series.contestedKm2[i] ?? null,
    }),
  );
  const timeline = { dates: [...snapshots.keys()].sort() };
  const { state, notices } = parseUrlState(location.search, location.hash, timeline);
  showNotices(notices);
  // The address bar says what is shown: fallbacks applied, defaults left out.
  history.replaceState(history.state, '', `${location.pathname}${toSearch(state, timeline)}`);

  const date = state.date;
  const snapshot = snapshots.get(date)!;
  const [units, basemap, control] = await Promise.all([
    data.topology(manifest.files.units),
    data.topology(manifest.files.basemap),
    data.topology(snapshotFile(date, snapshot.hash)),
  ]);

  const map = new ControlMap(element('map'), palette, manifest.bounds, manifest.basemapBounds);
  await Promise.all([map.showUnits(units, basemap), map.showControl(control)]);
  renderSummary(element('summary'), {
    date,
    heldKm2: snapshot.heldKm2,
    ukraineKm2: manifest.ukraineKm2,
    contestedKm2: snapshot.contestedKm2,
  });
  renderLegend(element('legend'), palette, snapshot.contestedKm2 !== null);
  await map.rendered();
  setMapState('ready');
}

/** Says, as plain text, which parts of the URL were not understood and what is shown instead. */
function showNotices(notices: string[]): void {
  const notice = element('url-notice');
  notice.hidden = notices.length === 0;
  notice.textContent = notices.join(' ');
}

start().catch((error: unknown) => {
  setMapState('error');
  const notice = element('notice');
  notice.hidden = false;
  notice.textContent =
    'The map could not be shown: ' + (error instanceof Error ? error.message : String(error));
  console.error(error);
});
