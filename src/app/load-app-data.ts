import { baseGeometry } from '../map/base-geometry.ts';
import type { BaseGeometry } from '../map/map-view.ts';
import type { ControlFigures, DataManifest } from '../model/data-manifest.ts';
import type { EditorialData } from '../model/editorial-data.ts';
import { firstViewFiles } from '../model/first-view-files.ts';
import type { PlacesData } from '../model/places-data.ts';
import { timelineOf, type TimelineDay } from '../model/timeline.ts';
import { datesOfUrl } from '../model/url-state.ts';
import { DataClient } from './data-client.ts';
import { SnapshotCache } from './snapshot-cache.ts';

/** Everything the app shows; the dates' geometry comes on demand. */
export interface AppData {
  client: DataClient;
  manifest: DataManifest;
  editorial: EditorialData;
  figures: ControlFigures;
  places: PlacesData;
  days: TimelineDay[];
  base: BaseGeometry;
  snapshots: SnapshotCache;
}

/**
 * What the first view's map is drawn from: everything but the daily figures (the panels, the
 * tooltips and the comparisons read them), which are asked for once the map is drawn. Asked for
 * beside the first view, their 150 KB took about a tenth of the map's time at 4× CPU slowdown,
 * read or not (BENCHMARKS.md, "The map first, seventh session").
 */
export interface FirstViewData extends Omit<AppData, 'figures'> {
  figures: () => Promise<ControlFigures>;
}

/**
 * The manifest first, then every file of the first view at once, and the held area of the URL's
 * date as soon as the scenarios' dates are known (the page's head has asked for all of these
 * already where it could: data-client.ts). The base geometry stays in its topologies until a map
 * reads its GeoJSON (base-geometry.ts).
 */
export async function loadAppData(): Promise<FirstViewData> {
  const client = new DataClient();
  const manifest = await client.manifest();
  // User Timing marks: where a first view's time goes (BENCHMARKS.md, "The map first").
  performance.mark('data:manifest');
  const files = firstViewFiles(manifest);
  const days = timelineOf(manifest);
  const snapshots = new SnapshotCache(client, days, manifest.series.bundles);
  const editorialLoaded = client.json<EditorialData>(files.editorial).then((editorial) => {
    const { date } = datesOfUrl(location.search, location.hash, {
      dates: days.map((d) => d.date),
      scenarios: editorial.scenarios,
    });
    // The app asks for the same date and awaits it (a failed request is asked for again there).
    snapshots.first(date).catch(() => {});
    return editorial;
  });
  const [editorial, places, units, basemap, areas, preInvasion] = await Promise.all([
    editorialLoaded,
    client.json<PlacesData>(files.places),
    client.topology(files.units),
    client.topology(files.basemap),
    client.topology(files.areas),
    snapshots.first(manifest.references[0]!.date),
  ]);
  performance.mark('data:files');
  const base = baseGeometry({ units, basemap, areas }, preInvasion);
  const figures = () => client.json<ControlFigures>(manifest.files.figures);
  return { client, manifest, editorial, figures, places, days, base, snapshots };
}
