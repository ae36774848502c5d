import polygonClipping, { type MultiPolygon } from 'polygon-clipping';
import { sphereAreaKm2 } from './sphere-area-km2.ts';

type Polygons = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

export interface UnitShape {
  iso: string;
  polygons: MultiPolygon;
}

/** km² that changed hands in one unit, or in all of them. */
export interface ChangeKm2 {
  /** Held by Russia on the later day and not on the earlier. */
  takenKm2: number;
  /** Held by Russia on the earlier day and not on the later: regained by Ukraine. */
  regainedKm2: number;
}

export interface ChangeBetween extends ChangeKm2 {
  taken: MultiPolygon;
  regained: MultiPolygon;
  /** Units in which anything changed hands, by ISO code. */
  byUnit: Record<string, ChangeKm2>;
}

/**
 * What changed hands between two days, from the geometry the map draws for them: the held areas
 * were reconciled with the unit borders and clipped to Ukraine's outline at build time, so the
 * change is too, and its parts add up by unit. Loaded lazily: polygon clipping is not needed
 * until a reader compares two days (eslint.config.js allows it in this module alone).
 */
export function changeBetween(
  earlier: Polygons,
  later: Polygons,
  units: readonly UnitShape[],
): ChangeBetween {
  const before = heldOf(earlier);
  const after = heldOf(later);
  const taken = differenceOf(after, before);
  const regained = differenceOf(before, after);
  const byUnit: Record<string, ChangeKm2> = {};
  for (const unit of units) {
    const takenKm2 = sphereAreaKm2(withinUnit(taken, unit.polygons));
    const regainedKm2 = sphereAreaKm2(withinUnit(regained, unit.polygons));
    if (takenKm2 > 0 || regainedKm2 > 0) byUnit[unit.iso] = { takenKm2, regainedKm2 };
  }
  return {
    taken,
    regained,
    byUnit,
    takenKm2: sphereAreaKm2(taken),
    regainedKm2: sphereAreaKm2(regained),
  };
}

/** The polygons of a day's held area (its grey zone is held by neither side). */
function heldOf(day: Polygons): MultiPolygon {
  return day.features
    .filter((f) => f.properties?.kind === 'held')
    .flatMap((f) =>
      f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates as MultiPolygon[number]]
        : (f.geometry.coordinates as MultiPolygon),
    );
}

function differenceOf(a: MultiPolygon, b: MultiPolygon): MultiPolygon {
  if (a.length === 0) return [];
  return b.length === 0 ? a : polygonClipping.difference(a, b);
}

/** The parts of `change` inside a unit; only parts whose boxes meet the unit's are clipped. */
function withinUnit(change: MultiPolygon, unit: MultiPolygon): MultiPolygon {
  const box = boxOf(unit);
  const near = change.filter((polygon) => overlaps(boxOf([polygon]), box));
  return near.length === 0 ? [] : polygonClipping.intersection(near, unit);
}

type Box = [number, number, number, number];

function boxOf(polygons: MultiPolygon): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons)
    for (const [x, y] of polygon[0] ?? []) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  return box;
}

const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
