import type { Polygon, Position } from './types.ts';

/** A polygon's edges as parallel arrays: edge e runs from (ax[e], ay[e]) to (bx[e], by[e]). */
interface Edges {
  ax: number[];
  ay: number[];
  bx: number[];
  by: number[];
  ringOf: number[];
  indexInRing: number[];
  ringLength: number[];
  bounds: { west: number; south: number; east: number; north: number };
}

/**
 * Returns a point where two edges of one polygon (its shell and holes together) properly cross, or
 * null. Edges that merely touch or share a vertex do not count: DeepState's polygons touch
 * themselves at single points, which renders and measures correctly.
 *
 * Edges are bucketed on a grid so that each is tested only against its neighbours; a daily file's
 * few thousand vertices take milliseconds instead of the quadratic check's tens.
 */
export function findCrossing(polygon: Polygon): Position | null {
  const edges = edgesOf(polygon);
  if (edges.ax.length < 4) return null;
  for (const bucket of gridBuckets(edges)) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const crossing = properCrossing(edges, bucket[i]!, bucket[j]!);
        if (crossing) return crossing;
      }
    }
  }
  return null;
}

function edgesOf(polygon: Polygon): Edges {
  const edges: Edges = {
    ax: [],
    ay: [],
    bx: [],
    by: [],
    ringOf: [],
    indexInRing: [],
    ringLength: [],
    bounds: { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity },
  };
  const { bounds } = edges;
  polygon.forEach((ring, r) => {
    edges.ringLength.push(ring.length - 1);
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[i + 1]!;
      edges.ax.push(x1);
      edges.ay.push(y1);
      edges.bx.push(x2);
      edges.by.push(y2);
      edges.ringOf.push(r);
      edges.indexInRing.push(i);
      bounds.west = Math.min(bounds.west, x1);
      bounds.east = Math.max(bounds.east, x1);
      bounds.south = Math.min(bounds.south, y1);
      bounds.north = Math.max(bounds.north, y1);
    }
  });
  return edges;
}

/** The edges in each cell of a grid of about two edges a cell, by the cells their boxes cover. */
function gridBuckets({ ax, ay, bx, by, bounds }: Edges): Iterable<number[]> {
  const edgeCount = ax.length;
  const side = Math.max(1, Math.ceil(Math.sqrt(edgeCount / 2)));
  const cellWidth = (bounds.east - bounds.west) / side || 1;
  const cellHeight = (bounds.north - bounds.south) / side || 1;
  const column = (x: number) => Math.min(side - 1, Math.floor((x - bounds.west) / cellWidth));
  const row = (y: number) => Math.min(side - 1, Math.floor((y - bounds.south) / cellHeight));
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
  return cells.values();
}

/** Where edges e and f cross each other's interior, or null (neighbours in a ring never do). */
function properCrossing(edges: Edges, e: number, f: number): Position | null {
  const { ax, ay, bx, by, ringOf, indexInRing, ringLength } = edges;
  if (ringOf[e] === ringOf[f]) {
    const n = ringLength[ringOf[e]!]!;
    const d = Math.abs(indexInRing[e]! - indexInRing[f]!);
    if (d <= 1 || d === n - 1) return null;
  }
  const o1 = orient(ax[e]!, ay[e]!, bx[e]!, by[e]!, ax[f]!, ay[f]!);
  const o2 = orient(ax[e]!, ay[e]!, bx[e]!, by[e]!, bx[f]!, by[f]!);
  const o3 = orient(ax[f]!, ay[f]!, bx[f]!, by[f]!, ax[e]!, ay[e]!);
  const o4 = orient(ax[f]!, ay[f]!, bx[f]!, by[f]!, bx[e]!, by[e]!);
  if (!(o1 * o2 < 0 && o3 * o4 < 0)) return null;
  const t =
    ((ax[f]! - ax[e]!) * (by[f]! - ay[f]!) - (ay[f]! - ay[e]!) * (bx[f]! - ax[f]!)) /
    ((bx[e]! - ax[e]!) * (by[f]! - ay[f]!) - (by[e]! - ay[e]!) * (bx[f]! - ax[f]!));
  return [ax[e]! + t * (bx[e]! - ax[e]!), ay[e]! + t * (by[e]! - ay[e]!)];
}

/** The side of the line p→q that r lies on: 1, -1, or 0 on it. */
function orient(px: number, py: number, qx: number, qy: number, rx: number, ry: number): number {
  return Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
}
