import { describe, expect, it } from 'vitest';
import { box } from '../geometry/test-shapes.ts';
import { labelPoint } from './label-point.ts';

describe('labelPoint', () => {
  it('puts the label in the middle of a square', () => {
    expect(labelPoint(box([30, 48, 32, 50]))).toEqual([31, 49]);
  });

  it('keeps the label out of a hole in the middle', () => {
    const ring = box([30, 48, 34, 52])[0]![0]!;
    const hole = box([31, 49, 33, 51])[0]![0]!.slice().reverse();
    const [lon, lat] = labelPoint([[ring, hole]]);
    const insideHole = lon > 31 && lon < 33 && lat > 49 && lat < 51;
    expect(insideHole).toBe(false);
  });

  it('labels the largest of several polygons', () => {
    const [lon] = labelPoint([...box([20, 48, 20.5, 48.5]), ...box([30, 48, 34, 52])]);
    expect(lon).toBeGreaterThan(30);
  });
});
