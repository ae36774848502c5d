import { describe, expect, it } from 'vitest';
import { findCrossing } from './find-crossing.ts';
import { boxPolygon } from './test-shapes.ts';

describe('findCrossing', () => {
  it('finds where a bow-tie ring crosses itself', () => {
    const bowTie = [
      [
        [0, 0],
        [2, 2],
        [2, 0],
        [0, 2],
        [0, 0],
      ] as [number, number][],
    ];
    expect(findCrossing(bowTie)).toEqual([1, 1]);
  });

  it('returns null for a simple square', () => {
    expect(findCrossing(boxPolygon([0, 0, 1, 1]))).toBeNull();
  });

  it('does not count two parts of a ring that only touch at a vertex', () => {
    const figureEight = [
      [
        [0, 0],
        [1, 1],
        [2, 0],
        [2, 2],
        [1, 1],
        [0, 2],
        [0, 0],
      ] as [number, number][],
    ];
    expect(findCrossing(figureEight)).toBeNull();
  });

  it('finds a hole that pokes out through its shell', () => {
    const shell = boxPolygon([0, 0, 4, 4])[0]!;
    const hole = boxPolygon([3, 1, 5, 2])[0]!;
    // The hole's edges cross the shell's eastern side at [4, 1] and [4, 2]; either is an answer.
    expect([
      [4, 1],
      [4, 2],
    ]).toContainEqual(findCrossing([shell, hole]));
  });

  it('finds a crossing among many edges, as in a real front line', () => {
    const zigzag: [number, number][] = [];
    for (let i = 0; i <= 1000; i++) zigzag.push([i / 100, i % 2 === 0 ? 0 : 0.5]);
    const ring: [number, number][] = [...zigzag, [10, -1], [5, 0.25], [0, -1], [0, 0]];
    expect(findCrossing([ring])).not.toBeNull();
  });
});
