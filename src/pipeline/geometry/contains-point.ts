import type { MultiPolygon, Position } from './types.ts';

/**
 * Whether a point lies inside a MultiPolygon, holes excluded: the even-odd rule over every ring of
 * every polygon (a ray crosses a hole's ring once more). A point exactly on an edge may go either way,
 * which for a town's centre point against a front line is no less precise than the line itself.
 */
export function containsPoint(polygons: MultiPolygon, [x, y]: Position): boolean {
  let inside = false;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}
