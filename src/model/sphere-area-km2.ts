/** The sphere turf measures on (radius 6,371,008.8 m), so browser figures match the pipeline's. */
const RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

type Ring = number[][];

/**
 * The area of lon/lat polygons on the sphere, in km², by the same formula as turf's `area`
 * (Chamberlain and Duquette's ring sum): the pipeline measures with turf, the browser may not load it.
 * Outer rings count, holes are taken away, whichever way either winds.
 */
export function sphereAreaKm2(polygons: readonly (readonly Ring[])[]): number {
  let total = 0;
  for (const [outer, ...holes] of polygons) {
    if (!outer) continue;
    total += Math.abs(ringSum(outer));
    for (const hole of holes) total -= Math.abs(ringSum(hole));
  }
  return (total * RADIUS_KM * RADIUS_KM) / 2;
}

function ringSum(ring: Ring): number {
  const n = ring.length - 1;
  if (n <= 2) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const lower = ring[i]!;
    const middle = ring[(i + 1) % n]!;
    const upper = ring[(i + 2) % n]!;
    sum += (upper[0]! - lower[0]!) * RAD * Math.sin(middle[1]! * RAD);
  }
  return sum;
}
