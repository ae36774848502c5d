import polylabel from 'polylabel';
import { areaKm2 } from '../geometry/area-km2.ts';
import type { MultiPolygon } from '../geometry/types.ts';

/**
 * Where a unit's name goes: the point of its largest polygon farthest from any edge (its pole of
 * inaccessibility), so the label sits well inside even a crescent-shaped oblast or one with a hole,
 * such as Kyiv Oblast around the city. Rounded to the data's 1e-4° grid.
 */
export function labelPoint(polygons: MultiPolygon): [number, number] {
  let largest = polygons[0]!;
  let largestKm2 = -1;
  for (const polygon of polygons) {
    const km2 = areaKm2([polygon]);
    if (km2 > largestKm2) [largest, largestKm2] = [polygon, km2];
  }
  // About 100 m of precision in degrees is plenty for a label.
  const [lon, lat] = polylabel(largest as [number, number][][], 0.001);
  return [Math.round(lon! * 1e4) / 1e4, Math.round(lat! * 1e4) / 1e4];
}
