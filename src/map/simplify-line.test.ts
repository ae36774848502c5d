import { describe, expect, it } from 'vitest';
import { markKeptVertices } from './simplify-line.ts';

/** The line with only the vertices kept (a line of its own, marked from its first to its last). */
function simplifyLine(xy: Float64Array, tolerance: number): Float64Array {
  const kept = new Uint8Array(xy.length / 2);
  markKeptVertices(xy, 0, kept.length - 1, tolerance, kept);
  return new Float64Array(
    [...kept.keys()].filter((i) => kept[i]).flatMap((i) => [xy[2 * i]!, xy[2 * i + 1]!]),
  );
}

const line = (...points: [number, number][]) => new Float64Array(points.flat());
const pointsOf = (xy: Float64Array) =>
  Array.from({ length: xy.length / 2 }, (_, i) => [xy[2 * i]!, xy[2 * i + 1]!]);

describe('a simplified line', () => {
  it('is drawn by its ends where every vertex between lies within the tolerance', () => {
    const wobbly = line([0, 0], [1, 0.2], [2, -0.3], [3, 0.1], [4, 0]);
    expect(pointsOf(simplifyLine(wobbly, 0.375))).toEqual([
      [0, 0],
      [4, 0],
    ]);
  });

  it('keeps a vertex further from the line than the tolerance, and its ends', () => {
    const bump = line([0, 0], [5, 0.3], [10, 1], [15, 0.3], [20, 0]);
    expect(pointsOf(simplifyLine(bump, 0.375))).toEqual([
      [0, 0],
      [10, 1],
      [20, 0],
    ]);
  });

  it('keeps a ring whose ends meet: its farthest vertex first, then what bends beyond it', () => {
    const ring = line([0, 0], [5, 0.1], [10, 0], [10, 10], [0, 10], [0, 0]);
    expect(pointsOf(simplifyLine(ring, 0.375))).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ]);
  });

  it('marks only the points of the line it is given, among others before and after it', () => {
    const three = line([9, 9], [0, 0], [1, 0.1], [2, 0], [9, 9]);
    const kept = new Uint8Array(5);
    markKeptVertices(three, 1, 3, 0.375, kept);
    expect([...kept]).toEqual([0, 1, 0, 1, 0]);
  });

  it('leaves every vertex it drops within the tolerance of the line it draws', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 4 - 2;
    for (let round = 0; round < 20; round++) {
      const walk: [number, number][] = [[0, 0]];
      for (let i = 1; i < 200; i++) walk.push([i * 0.5, walk[i - 1]![1] + random() * 0.3]);
      const drawn = pointsOf(simplifyLine(line(...walk), 0.375));
      expect(drawn.length).toBeLessThan(walk.length);
      for (const [x, y] of walk) {
        // The segment of the drawn line above the vertex: x only grows along the walk.
        const next = Math.max(
          drawn.findIndex(([dx]) => dx! >= x),
          1,
        );
        const [x1, y1] = drawn[next - 1]!;
        const [x2, y2] = drawn[next]!;
        const above = y1! + ((y2! - y1!) * (x - x1!)) / (x2! - x1!);
        // Within the tolerance across the segment is within it divided by the cosine upright.
        const slope = Math.atan2(y2! - y1!, x2! - x1!);
        expect(Math.abs(y - above)).toBeLessThanOrEqual(0.375 / Math.cos(slope) + 1e-9);
      }
    }
  });
});
