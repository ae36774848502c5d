import { describe, expect, it } from 'vitest';
import { areaKm2 } from './area-km2.ts';
import { box, boxAreaKm2 } from './test-shapes.ts';

describe('areaKm2', () => {
  it('measures a one-degree box at Donetsk latitude as the spherical formula does', () => {
    expect(areaKm2(box([37, 47, 38, 48]))).toBeCloseTo(boxAreaKm2([37, 47, 38, 48]), 0);
  });

  it('is zero for no polygons', () => {
    expect(areaKm2([])).toBe(0);
  });
});
