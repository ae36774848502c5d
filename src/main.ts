import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/app.css';
import { DataClient } from './data/data-client.ts';
import { ControlMap } from './map/control-map.ts';
import { palettes } from './map/palette.ts';
import { snapshotFile } from './model/data-manifest.ts';
import { resolveTheme } from './model/resolve-theme.ts';
import { setMapState } from './ui/map-state.ts';
import { renderCredits } from './ui/render-credits.ts';
import { renderLegend } from './ui/render-legend.ts';
import { renderSummary } from './ui/render-summary.ts';

const element = (id: string) => document.getElementById(id)!;

async function start(): Promise<void> {
  setMapState('loading');
  const theme = resolveTheme(location.search, matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = theme;
  const palette = palettes[theme];

  const data = new DataClient();
  const manifest = await data.manifest();
  renderCredits(element('credits'), manifest.credits);

  const { series } = manifest;
  const latest = series.dates.length - 1;
  const date = series.dates[latest]!;
  const [units, basemap, snapshot] = await Promise.all([
    data.topology(manifest.files.units),
    data.topology(manifest.files.basemap),
    data.topology(snapshotFile(date, series.hashes[latest]!)),
  ]);

  const map = new ControlMap(element('map'), palette, manifest.bounds, manifest.basemapBounds);
  await Promise.all([map.showUnits(units, basemap), map.showControl(snapshot)]);
  const contestedKm2 = series.contestedKm2[latest] ?? null;
  renderSummary(element('summary'), {
    date,
    heldKm2: series.heldKm2[latest]!,
    ukraineKm2: manifest.ukraineKm2,
    contestedKm2,
  });
  renderLegend(element('legend'), palette, contestedKm2 !== null);
  await map.rendered();
  setMapState('ready');
}

start().catch((error: unknown) => {
  setMapState('error');
  const notice = element('notice');
  notice.hidden = false;
  notice.textContent =
    'The map could not be shown: ' + (error instanceof Error ? error.message : String(error));
  console.error(error);
});
