import { describe, expect, it } from 'vitest';
import { LABEL_SIZES, sizeAt, sizeExpression } from './label-sizes.ts';

describe('sizeAt', () => {
  it('reads a size at a stop, between two stops, and beyond the last and first', () => {
    expect(sizeAt(LABEL_SIZES.unit, 5)).toBe(11);
    expect(sizeAt(LABEL_SIZES.unit, 4)).toBe(10);
    expect(sizeAt(LABEL_SIZES.unit, 9)).toBe(13.5);
    expect(sizeAt(LABEL_SIZES.unit, 2)).toBe(9);
  });

  it('gives MapLibre the same stops', () => {
    expect(sizeExpression(LABEL_SIZES.town)).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      4,
      11,
      8,
      14,
    ]);
  });
});
