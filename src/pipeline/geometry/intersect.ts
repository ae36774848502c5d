import polygonClipping from 'polygon-clipping';
import type { MultiPolygon } from './types.ts';

// polygon-clipping is the engine turf 6 used: floating-point and about six times faster than turf 7's
// exact one, with identical areas to 0.1 km² on our data. Two years of daily files make that matter.
export function intersect(a: MultiPolygon, b: MultiPolygon): MultiPolygon {
  if (a.length === 0 || b.length === 0) return [];
  return polygonClipping.intersection(a, b) as MultiPolygon;
}

export function union(...parts: MultiPolygon[]): MultiPolygon {
  const nonEmpty = parts.filter((p) => p.length > 0);
  if (nonEmpty.length === 0) return [];
  const [first, ...rest] = nonEmpty;
  return polygonClipping.union(first!, ...rest) as MultiPolygon;
}

export function difference(a: MultiPolygon, ...minus: MultiPolygon[]): MultiPolygon {
  const nonEmpty = minus.filter((p) => p.length > 0);
  if (a.length === 0) return [];
  if (nonEmpty.length === 0) return a;
  return polygonClipping.difference(a, ...nonEmpty) as MultiPolygon;
}
