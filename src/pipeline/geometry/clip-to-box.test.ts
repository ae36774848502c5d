import { describe, expect, it } from 'vitest';
import { areaKm2 } from './area-km2.ts';
import { clipToBox } from './clip-to-box.ts';
import { box, boxAreaKm2 } from './test-shapes.ts';

describe('clipToBox', () => {
  it('keeps the part of a polygon inside the box', () => {
    const clipped = clipToBox(box([0, 0, 4, 4]), [1, 1, 2, 2]);
    expect(areaKm2(clipped)).toBeCloseTo(boxAreaKm2([1, 1, 2, 2]), 3);
  });

  it('drops polygons entirely outside the box', () => {
    expect(clipToBox(box([0, 0, 1, 1]), [5, 5, 6, 6])).toEqual([]);
  });

  it('leaves a polygon inside the box unchanged', () => {
    const inside = box([1, 1, 2, 2]);
    expect(areaKm2(clipToBox(inside, [0, 0, 3, 3]))).toBeCloseTo(areaKm2(inside), 6);
  });
});
