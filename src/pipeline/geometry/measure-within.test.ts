import { describe, expect, it } from 'vitest';
import { bboxOf } from './bbox-of.ts';
import { measureWithin } from './measure-within.ts';
import { box, boxAreaKm2 } from './test-shapes.ts';
import type { BBox } from './types.ts';

const zone = (id: string, b: BBox) => ({ id, polygons: box(b), bbox: bboxOf(box(b)) });

describe('measureWithin', () => {
  const west = zone('west', [36, 47, 37, 48]);
  const east = zone('east', [37, 47, 38, 48]);

  it('gives each zone the km² of the area inside it', () => {
    // Held: the eastern half of `west` and all of `east`.
    const held = box([36.5, 47, 38, 48]);
    const result = measureWithin(held, [west, east]);
    expect(result.get('west')).toBeCloseTo(boxAreaKm2([36.5, 47, 37, 48]), 1);
    expect(result.get('east')).toBeCloseTo(boxAreaKm2([37, 47, 38, 48]), 1);
  });

  it('gives zero to a zone the area does not reach', () => {
    expect(measureWithin(box([37.2, 47.2, 37.8, 47.8]), [west, east]).get('west')).toBe(0);
  });

  it('leaves out the part of the area outside every zone, such as the sea', () => {
    const result = measureWithin(box([37.5, 46, 38.5, 47.5]), [east]);
    expect(result.get('east')).toBeCloseTo(boxAreaKm2([37.5, 47, 38, 47.5]), 1);
  });

  it('gives the same figures, to the last bit, when it remembers zones from an earlier day', () => {
    const known = new Map<string, number>();
    const dayBefore = box([36.5, 47, 38, 48]);
    // The next day the line moves in `west` only: `east` sees the same coordinates and is not redone.
    const dayAfter = box([36.6, 47, 38, 48]);
    expect(measureWithin(dayBefore, [west, east], known)).toEqual(
      measureWithin(dayBefore, [west, east]),
    );
    expect(measureWithin(dayAfter, [west, east], known)).toEqual(
      measureWithin(dayAfter, [west, east]),
    );
    // west on each day, east once.
    expect(known.size).toBe(3);
  });
});
