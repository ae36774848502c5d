import { feature, mesh } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { unpackTopology, type PackedTopology } from './packed-topology.ts';

type Collection = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/** The polygons of one object of a topology, as GeoJSON for MapLibre. */
export function polygonsOfTopology(topology: PackedTopology, object: string): Collection {
  const collection = topology.objects[object];
  if (!collection) throw new Error(`topology has no object "${object}"`);
  return feature(unpackTopology(topology), collection) as unknown as Collection;
}

/**
 * Borders as lines, each drawn once: `inner` are borders between two units, `outer` the edge of the
 * whole (a country's border and coast).
 */
export function bordersOfTopology(
  topology: PackedTopology,
  object: string,
  which: 'inner' | 'outer',
) {
  const collection = topology.objects[object] as GeometryCollection | undefined;
  if (!collection) throw new Error(`topology has no object "${object}"`);
  return mesh(
    unpackTopology(topology),
    collection,
    which === 'inner' ? (a, b) => a !== b : (a, b) => a === b,
  );
}
