import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { DataManifest } from './data-manifest.ts';
import { unpackTopology, type PackedTopology } from './packed-topology.ts';

type Collection = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
type BundleEntry = DataManifest['series']['bundles'][number];

/** The bundle whose days include `date`, or null for a date outside the daily series. */
export function bundleOf(bundles: readonly BundleEntry[], date: string): BundleEntry | null {
  return bundles.find((b) => b.first <= date && date <= b.last) ?? null;
}

/** One day of a bundle (see DataManifest `series.bundles`), as the map draws a day's own file. */
export function dayOfBundle(topology: PackedTopology, date: string): Collection {
  const control = topology.objects.control as GeometryCollection | undefined;
  if (!control) throw new Error('bundle has no object "control"');
  const geometries = control.geometries.filter(
    (g) => (g.properties as { date?: string } | undefined)?.date === date,
  );
  if (geometries.length === 0) throw new Error(`bundle has no features of ${date}`);
  return feature(unpackTopology(topology), {
    type: 'GeometryCollection',
    geometries,
  }) as unknown as Collection;
}
