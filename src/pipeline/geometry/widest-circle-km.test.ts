import { describe, expect, it } from 'vitest';
import { box } from './test-shapes.ts';
import { widestCircleKm } from './widest-circle-km.ts';

describe('widestCircleKm', () => {
  it('gives a strip its width, however long it is', () => {
    // 0.02° of longitude at 47.5° N is 1.50 km.
    const strip = box([37.98, 47, 38, 48])[0]!;
    expect(widestCircleKm(strip)).toBeCloseTo(1.5, 1);
  });

  it('gives a square its side', () => {
    // 0.1° of latitude is 11.1 km.
    expect(widestCircleKm(box([37, 47, 37.148, 47.1])[0]!)).toBeCloseTo(11.1, 0);
  });

  it('gives a degenerate ring no width', () => {
    expect(
      widestCircleKm([
        [
          [37, 47],
          [38, 47],
          [37, 47],
        ],
      ]),
    ).toBe(0);
  });
});
