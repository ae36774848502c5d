import type { Polygon, Position } from './types.ts';

/**
 * Returns a point where two edges of one polygon (its shell and holes together) properly cross, or
 * null. Edges that merely touch or share a vertex do not count: DeepState's polygons touch
 * themselves at single points, which renders and measures correctly.
 *
 * Edges are bucketed on a grid so that each is tested only against its neighbours; a daily file's
 * few thousand vertices take milliseconds instead of the quadratic check's tens.
 */
export function findCrossing(polygon: Polygon): Position | null {
  const ax: number[] = [];
  const ay: number[] = [];
  const bx: number[] = [];
  const by: number[] = [];
  const ringOf: number[] = [];
  const indexInRing: number[] = [];
  const ringLength: number[] = [];
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  polygon.forEach((ring, r) => {
    ringLength.push(ring.length - 1);
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[i + 1]!;
      ax.push(x1);
      ay.push(y1);
      bx.push(x2);
      by.push(y2);
      ringOf.push(r);
      indexInRing.push(i);
      west = Math.min(west, x1);
      east = Math.max(east, x1);
      south = Math.min(south, y1);
      north = Math.max(north, y1);
    }
  });
  const edgeCount = ax.length;
  if (edgeCount < 4) return null;

  const side = Math.max(1, Math.ceil(Math.sqrt(edgeCount / 2)));
  const cellWidth = (east - west) / side || 1;
  const cellHeight = (north - south) / side || 1;
  const column = (x: number) => Math.min(side - 1, Math.floor((x - west) / cellWidth));
  const row = (y: number) => Math.min(side - 1, Math.floor((y - south) / cellHeight));
  const cells = new Map<number, number[]>();
  for (let e = 0; e < edgeCount; e++) {
    const c0 = column(Math.min(ax[e]!, bx[e]!));
    const c1 = column(Math.max(ax[e]!, bx[e]!));
    const r0 = row(Math.min(ay[e]!, by[e]!));
    const r1 = row(Math.max(ay[e]!, by[e]!));
    for (let c = c0; c <= c1; c++) {
      for (let r = r0; r <= r1; r++) {
        const key = r * side + c;
        const bucket = cells.get(key);
        if (bucket) bucket.push(e);
        else cells.set(key, [e]);
      }
    }
  }

  const adjacent = (e: number, f: number) => {
    if (ringOf[e] !== ringOf[f]) return false;
    const n = ringLength[ringOf[e]!]!;
    const d = Math.abs(indexInRing[e]! - indexInRing[f]!);
    return d <= 1 || d === n - 1;
  };
  const orient = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));

  for (const bucket of cells.values()) {
    for (let i = 0; i < bucket.length; i++) {
      const e = bucket[i]!;
      for (let j = i + 1; j < bucket.length; j++) {
        const f = bucket[j]!;
        if (adjacent(e, f)) continue;
        const o1 = orient(ax[e]!, ay[e]!, bx[e]!, by[e]!, ax[f]!, ay[f]!);
        const o2 = orient(ax[e]!, ay[e]!, bx[e]!, by[e]!, bx[f]!, by[f]!);
        const o3 = orient(ax[f]!, ay[f]!, bx[f]!, by[f]!, ax[e]!, ay[e]!);
        const o4 = orient(ax[f]!, ay[f]!, bx[f]!, by[f]!, bx[e]!, by[e]!);
        if (o1 * o2 < 0 && o3 * o4 < 0) {
          const t =
            ((ax[f]! - ax[e]!) * (by[f]! - ay[f]!) - (ay[f]! - ay[e]!) * (bx[f]! - ax[f]!)) /
            ((bx[e]! - ax[e]!) * (by[f]! - ay[f]!) - (by[e]! - ay[e]!) * (bx[f]! - ax[f]!));
          return [ax[e]! + t * (bx[e]! - ax[e]!), ay[e]! + t * (by[e]! - ay[e]!)];
        }
      }
    }
  }
  return null;
}
