import { area } from '@turf/turf';
import type { MultiPolygon } from './types.ts';

/** Geodesic area as turf computes it, so that anyone can repeat our figures with turf. */
export function areaKm2(polygons: MultiPolygon): number {
  if (polygons.length === 0) return 0;
  return area({ type: 'MultiPolygon', coordinates: polygons }) / 1e6;
}
