import type { MultiPolygon, Position } from './types.ts';

/** Grid cells of 0.1°: a few outline segments each on Ukraine's 1:10m outline. */
const CELL_DEGREES = 0.1;
/**
 * How far from an outline segment a point may be and still lie on it: 1e-9° (about 0.1 mm), far
 * above the rounding of a computed intersection point and far below any real gap between two lines.
 */
const ON_LINE_DEGREES = 1e-9;

/**
 * The segments of a country's outline (its border and coast), indexed on a grid so that many points
 * can be tested quickly for lying on it.
 */
export class OutlineEdges {
  readonly #cells = new Map<string, [Position, Position][]>();

  constructor(polygons: MultiPolygon) {
    for (const ring of polygons.flat()) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1]!;
        const b = ring[i]!;
        for (const key of cellsOf(a, b)) {
          const cell = this.#cells.get(key);
          if (cell) cell.push([a, b]);
          else this.#cells.set(key, [[a, b]]);
        }
      }
    }
  }

  /** Whether the straight line from a to b runs along the outline (tested at its midpoint). */
  runsAlong(a: Position, b: Position): boolean {
    const mid: Position = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const segments = this.#cells.get(cellKey(mid)) ?? [];
    return segments.some(([p, q]) => distanceToSegment(mid, p, q) <= ON_LINE_DEGREES);
  }
}

const cellIndex = (degrees: number) => Math.floor(degrees / CELL_DEGREES);
const cellKey = ([x, y]: Position) => `${cellIndex(x)},${cellIndex(y)}`;

function* cellsOf(a: Position, b: Position): Generator<string> {
  const pad = ON_LINE_DEGREES;
  for (
    let x = cellIndex(Math.min(a[0], b[0]) - pad);
    x <= cellIndex(Math.max(a[0], b[0]) + pad);
    x++
  ) {
    for (
      let y = cellIndex(Math.min(a[1], b[1]) - pad);
      y <= cellIndex(Math.max(a[1], b[1]) + pad);
      y++
    ) {
      yield `${x},${y}`;
    }
  }
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
