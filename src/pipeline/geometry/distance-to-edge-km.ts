import type { MultiPolygon, Position } from './types.ts';

const KM_PER_DEGREE = 111.195;

/**
 * The distance in km from a point to the nearest edge of a MultiPolygon, on a local equirectangular
 * projection: within a few percent at the distances of a few km this is used for.
 */
export function distanceToEdgeKm(polygons: MultiPolygon, [lon, lat]: Position): number {
  const kx = KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  const ky = KM_PER_DEGREE;
  let best = Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const ax = (ring[i - 1]![0] - lon) * kx;
        const ay = (ring[i - 1]![1] - lat) * ky;
        const bx = (ring[i]![0] - lon) * kx;
        const by = (ring[i]![1] - lat) * ky;
        const dx = bx - ax;
        const dy = by - ay;
        const length2 = dx * dx + dy * dy;
        const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
    }
  }
  return best;
}
