import type { Topology } from 'topojson-specification';
import { areaKm2 } from '../geometry/area-km2.ts';
import { measurePiecesWithin } from '../geometry/measure-pieces-within.ts';
import { measureWithin, type Zone } from '../geometry/measure-within.ts';
import { difference, intersect, union } from '../geometry/intersect.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import type { Reconciled } from '../geometry/reconcile-borders.ts';
import { featuresToTopology } from '../topology/features-to-topology.ts';
import { simplifyPolygons } from '../topology/simplify-polygons.ts';

export interface SnapshotResult {
  /**
   * km² held by Russia in each unit, measured on the unsimplified source geometry after the border
   * reconciliation (reconcileBorders); `reconciledKm2` of them are the land it moved.
   */
  heldKm2: Record<string, number>;
  /** km² of each unit that the border reconciliation moved to the held side (0 where none). */
  reconciledKm2: Record<string, number>;
  /** km² of grey zone (status unknown) inside Ukraine, where the source has one for the day. */
  contestedKm2: number;
  /** The same grey zone per unit (km²); units without any are left out. */
  contestedByUnitKm2: Record<string, number>;
  /** What the browser draws: held and contested areas, simplified and clipped to Ukraine's outline. */
  topology: Topology;
}

/**
 * What one run over the series remembers from day to day, by exact coordinates (see measureWithin,
 * measurePiecesWithin, reconcileBorders): results are the same with it as without, bit for bit.
 */
export interface SnapshotMemo {
  unitKm2: Map<string, number>;
  pieceKm2: Map<string, [string, number][]>;
  pieceMoves: Map<string, boolean>;
}

export const newSnapshotMemo = (): SnapshotMemo => ({
  unitKm2: new Map(),
  pieceKm2: new Map(),
  pieceMoves: new Map(),
});

/**
 * One day of the series: measure first, on the raw polygons, then simplify for display and clip to
 * the same simplified outline the units are drawn from, so the two meet without slivers.
 */
export async function processSnapshot(
  held: Reconciled,
  contested: MultiPolygon,
  units: Zone[],
  displayOutline: MultiPolygon,
  memo?: SnapshotMemo,
): Promise<SnapshotResult> {
  // The moved pieces lie outside the source's held area, so the two measure separately and add up;
  // where they meet, slivers of both may overlap and count twice (0.2 km² in Crimea, which both
  // cover whole): no unit is held beyond its own area.
  const sourceKm2 = measureWithin(held.source, units, memo?.unitKm2);
  const movedKm2 = measurePiecesWithin(held.moved, units, memo?.pieceKm2);
  const heldKm2 = Object.fromEntries(
    units.map((unit) => [
      unit.id,
      Math.min(sourceKm2.get(unit.id)! + movedKm2.get(unit.id)!, zoneKm2(unit)),
    ]),
  );
  const reconciledKm2 = Object.fromEntries(movedKm2);
  // Measured outside the source's held area only: the grey zone lies along the front, clear of the
  // moved pieces (0 km² of overlap on 2025-05-17, 2025-05-19 and 2025-08-04), so none counts twice.
  const contestedOnly = contested.length > 0 ? difference(union(contested), held.source) : [];
  const contestedByUnit = measureWithin(contestedOnly, units);
  const contestedKm2 = sum(contestedByUnit.values());

  // Simplified as one shape, so the edges the pieces share with the held area stay shared; the clip
  // to the outline then merges them (a union of the unsimplified parts costs more than the day).
  const heldShape = intersect(
    displayOutline,
    await simplifyPolygons([...held.source, ...held.moved]),
  );
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
    reconciledKm2,
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

/** A unit's own area, measured as its figures in the open data are (load-units.ts), once. */
const zoneAreas = new WeakMap<Zone, number>();
function zoneKm2(zone: Zone): number {
  let km2 = zoneAreas.get(zone);
  if (km2 === undefined) zoneAreas.set(zone, (km2 = areaKm2(zone.polygons)));
  return km2;
}
