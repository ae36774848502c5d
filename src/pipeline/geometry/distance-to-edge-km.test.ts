import { describe, expect, it } from 'vitest';
import { distanceToEdgeKm } from './distance-to-edge-km.ts';
import { box } from './test-shapes.ts';

describe('distanceToEdgeKm', () => {
  it('measures a point one tenth of a degree of latitude north of a box as about 11.1 km away', () => {
    expect(distanceToEdgeKm(box([30, 45, 32, 47]), [31, 47.1])).toBeCloseTo(11.12, 1);
  });

  it('measures to the nearest edge from inside too', () => {
    expect(distanceToEdgeKm(box([30, 45, 32, 47]), [31, 46.99])).toBeCloseTo(1.11, 1);
  });
});
