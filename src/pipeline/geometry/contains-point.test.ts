import { describe, expect, it } from 'vitest';
import { containsPoint } from './contains-point.ts';
import { box, boxPolygon } from './test-shapes.ts';
import type { MultiPolygon } from './types.ts';

describe('containsPoint', () => {
  it('is true for a point inside a box and false for one outside it', () => {
    expect(containsPoint(box([30, 45, 32, 47]), [31, 46])).toBe(true);
    expect(containsPoint(box([30, 45, 32, 47]), [33, 46])).toBe(false);
  });

  it('is false inside a hole', () => {
    const ring = boxPolygon([30, 45, 34, 49])[0]!;
    const hole = boxPolygon([31, 46, 33, 48])[0]!.slice().reverse();
    const withHole: MultiPolygon = [[ring, hole]];
    expect(containsPoint(withHole, [32, 47])).toBe(false);
    expect(containsPoint(withHole, [30.5, 47])).toBe(true);
  });

  it('finds the point in any polygon of a MultiPolygon', () => {
    const two = [...box([30, 45, 31, 46]), ...box([35, 45, 36, 46])];
    expect(containsPoint(two, [35.5, 45.5])).toBe(true);
    expect(containsPoint(two, [33, 45.5])).toBe(false);
  });
});
