import polylabel from 'polylabel';
import type { Polygon } from './types.ts';

const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

/**
 * The diameter, in km, of the largest circle that fits inside a polygon: how wide the polygon is at
 * its widest, which is also the least width of a band that a negative buffer must be to make it vanish.
 * Measured on a local equirectangular projection, true to a fraction of a percent across the few
 * kilometres this is used for, to within 10 m.
 */
export function widestCircleKm(polygon: Polygon): number {
  const shell = polygon[0] ?? [];
  if (shell.length < 4) return 0;
  const latitude = shell.reduce((sum, [, y]) => sum + y, 0) / shell.length;
  const xScale = KM_PER_DEGREE * Math.cos((latitude * Math.PI) / 180);
  const projected = polygon.map((ring) =>
    ring.map(([x, y]): [number, number] => [x * xScale, y * KM_PER_DEGREE]),
  );
  return 2 * polylabel(projected, 0.01).distance;
}
