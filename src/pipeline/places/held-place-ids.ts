import { bboxOf } from '../geometry/bbox-of.ts';
import { containsPoint } from '../geometry/contains-point.ts';
import type { MultiPolygon } from '../geometry/types.ts';

export interface PlacePoint {
  id: string;
  lon: number;
  lat: number;
}

/**
 * The ids of the places whose point lies inside `area` (a day's held land, or a scenario's area).
 * Each polygon is tested only against the points inside its bounding box: a day's line has tens of
 * thousands of vertices, and most towns are far from most of its polygons.
 */
export function placeIdsInside(area: MultiPolygon, points: readonly PlacePoint[]): string[] {
  const inside = new Set<string>();
  for (const polygon of area) {
    const [west, south, east, north] = bboxOf([polygon]);
    for (const point of points) {
      if (inside.has(point.id)) continue;
      if (point.lon < west || point.lon > east || point.lat < south || point.lat > north) continue;
      if (containsPoint([polygon], [point.lon, point.lat])) inside.add(point.id);
    }
  }
  return points.filter((p) => inside.has(p.id)).map((p) => p.id);
}
