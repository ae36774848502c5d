import type { Topology } from 'topojson-specification';
import { measureWithin, type Zone } from '../geometry/measure-within.ts';
import { difference, intersect, union } from '../geometry/intersect.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import { featuresToTopology } from '../topology/features-to-topology.ts';
import { simplifyPolygons } from '../topology/simplify-polygons.ts';

export interface SnapshotResult {
  /** km² held by Russia in each unit, measured on the unsimplified source geometry. */
  heldKm2: Record<string, number>;
  /** km² of grey zone (status unknown) inside Ukraine, where the source has one for the day. */
  contestedKm2: number;
  /** The same grey zone per unit (km²); units without any are left out. */
  contestedByUnitKm2: Record<string, number>;
  /** What the browser draws: held and contested areas, simplified and clipped to Ukraine's outline. */
  topology: Topology;
}

/**
 * One day of the series: measure first, on the raw polygons, then simplify for display and clip to
 * the same simplified outline the units are drawn from, so the two meet without slivers.
 */
export async function processSnapshot(
  held: MultiPolygon,
  contested: MultiPolygon,
  units: Zone[],
  displayOutline: MultiPolygon,
): Promise<SnapshotResult> {
  const heldKm2 = Object.fromEntries(measureWithin(held, units));
  const contestedOnly = contested.length > 0 ? difference(union(contested), held) : [];
  const contestedByUnit = measureWithin(contestedOnly, units);
  const contestedKm2 = sum(contestedByUnit.values());

  const heldShape = intersect(displayOutline, await simplifyPolygons(held));
  const contestedShape = difference(
    intersect(displayOutline, await simplifyPolygons(contestedOnly)),
    heldShape,
  );
  // One layer, so that the front line the grey zone shares with the held area is stored once.
  const topology = await featuresToTopology('control', {
    type: 'FeatureCollection',
    features: [
      { kind: 'held', polygons: heldShape },
      { kind: 'contested', polygons: contestedShape },
    ]
      .filter((part) => part.polygons.length > 0)
      .map(({ kind, polygons }) => ({
        type: 'Feature',
        properties: { kind },
        geometry: { type: 'MultiPolygon', coordinates: polygons },
      })),
  });
  return {
    heldKm2,
    contestedKm2,
    contestedByUnitKm2: Object.fromEntries([...contestedByUnit].filter(([, km2]) => km2 > 0)),
    topology,
  };
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
