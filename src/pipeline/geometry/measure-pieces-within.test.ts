import { describe, expect, it } from 'vitest';
import { bboxOf } from './bbox-of.ts';
import { measurePiecesWithin } from './measure-pieces-within.ts';
import { measureWithin } from './measure-within.ts';
import { box, boxAreaKm2 } from './test-shapes.ts';
import type { BBox } from './types.ts';

const zone = (id: string, b: BBox) => ({ id, polygons: box(b), bbox: bboxOf(box(b)) });

describe('measurePiecesWithin', () => {
  const west = zone('west', [36, 47, 37, 48]);
  const east = zone('east', [37, 47, 38, 48]);
  const pieces = [
    ...box([36.98, 47.1, 37.02, 47.9]), // across the border between the zones
    ...box([37.5, 47.5, 37.6, 47.6]), // inside east
    ...box([37.9, 46.9, 38.1, 47.05]), // partly outside every zone
  ];

  it('splits a piece that crosses a border between the zones it lies in', () => {
    const result = measurePiecesWithin(pieces, [west, east]);
    expect(result.get('west')).toBeCloseTo(boxAreaKm2([36.98, 47.1, 37, 47.9]), 6);
  });

  it('gives the same figures as measureWithin', () => {
    const fast = measurePiecesWithin(pieces, [west, east]);
    for (const [id, km2] of measureWithin(pieces, [west, east])) {
      expect(fast.get(id)).toBeCloseTo(km2, 6);
    }
  });

  it('gives zero to a zone no piece reaches', () => {
    const north = zone('north', [36, 48, 38, 49]);
    expect(measurePiecesWithin(pieces, [north]).get('north')).toBe(0);
  });

  it('gives the same figures, to the last bit, when it remembers pieces from an earlier day', () => {
    const known = new Map<string, [string, number][]>();
    const dayBefore = measurePiecesWithin(pieces.slice(0, 2), [west, east], known);
    expect(dayBefore).toEqual(measurePiecesWithin(pieces.slice(0, 2), [west, east]));
    expect(measurePiecesWithin(pieces, [west, east], known)).toEqual(
      measurePiecesWithin(pieces, [west, east]),
    );
    expect(known.size).toBe(3);
  });
});
