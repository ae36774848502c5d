import { describe, expect, it } from 'vitest';
import { boxAreaKm2, box } from '../pipeline/geometry/test-shapes.ts';
import { areaKm2 } from '../pipeline/geometry/area-km2.ts';
import { sphereAreaKm2 } from './sphere-area-km2.ts';

describe('sphereAreaKm2', () => {
  it('measures a lon/lat box as the exact formula does', () => {
    expect(sphereAreaKm2(box([37, 47, 38, 48]))).toBeCloseTo(boxAreaKm2([37, 47, 38, 48]), 3);
  });

  it('gives turf’s figure for an irregular polygon with a hole, whichever way the rings wind', () => {
    const outer: [number, number][] = [
      [30, 45],
      [40.2, 44.1],
      [38.5, 52.3],
      [24, 50],
      [30, 45],
    ];
    const hole = box([33, 47, 34, 48])[0]![0]!;
    const polygons = [[outer, hole]];
    expect(sphereAreaKm2(polygons)).toBeCloseTo(areaKm2(polygons), 6);
    expect(sphereAreaKm2([[[...outer].reverse(), [...hole].reverse()]])).toBeCloseTo(
      areaKm2(polygons),
      6,
    );
  });

  it('is zero for nothing and for a degenerate ring', () => {
    expect(sphereAreaKm2([])).toBe(0);
    expect(
      sphereAreaKm2([
        [
          [
            [0, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      ]),
    ).toBe(0);
  });
});
