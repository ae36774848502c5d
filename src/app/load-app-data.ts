import type { BaseGeometry } from '../map/map-view.ts';
import type { ControlFigures, DataManifest } from '../model/data-manifest.ts';
import { bordersOfTopology, polygonsOfTopology } from '../model/decode-topology.ts';
import type { EditorialData } from '../model/editorial-data.ts';
import type { PlacesData } from '../model/places-data.ts';
import { timelineOf, type TimelineDay } from '../model/timeline.ts';
import { DataClient } from './data-client.ts';
import { SnapshotCache } from './snapshot-cache.ts';

/** Everything the app needs before it can show a view; the dates' geometry comes on demand. */
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

/** The manifest first, then every file of the first view at once. */
export async function loadAppData(): Promise<AppData> {
  const client = new DataClient();
  const manifest = await client.manifest();
  if (!manifest.editorial) throw new Error('the data build has no editorial model');
  if (!manifest.places) throw new Error('the data build has no gazetteer');
  const days = timelineOf(manifest);
  const snapshots = new SnapshotCache(client, days, manifest.series.bundles);
  const [editorial, places, figures, units, basemap, areas, preInvasion] = await Promise.all([
    client.json<EditorialData>(manifest.editorial.file),
    client.json<PlacesData>(manifest.places.file),
    client.json<ControlFigures>(manifest.files.figures),
    client.topology(manifest.files.units),
    client.topology(manifest.files.basemap),
    client.topology(manifest.editorial.areas),
    snapshots.first(manifest.references[0]!.date),
  ]);
  const base: BaseGeometry = {
    countries: polygonsOfTopology(basemap, 'countries'),
    units: polygonsOfTopology(units, 'units'),
    unitBorders: bordersOfTopology(units, 'units', 'inner'),
    ukraineBorder: bordersOfTopology(units, 'units', 'outer'),
    areas: polygonsOfTopology(areas, 'areas'),
    preInvasion,
  };
  return { client, manifest, editorial, figures, places, days, base, snapshots };
}
