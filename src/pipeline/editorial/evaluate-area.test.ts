import { describe, expect, it } from 'vitest';
import { areaKm2 } from '../geometry/area-km2.ts';
import { box, boxAreaKm2 } from '../geometry/test-shapes.ts';
import type { AreaExpression } from './editorial-schema.ts';
import { createAreaEvaluator } from './evaluate-area.ts';

// Two unit squares side by side, and a held area covering the eastern half of the western one
// on the first day and reaching a little further on the second.
const units: Record<string, ReturnType<typeof box>> = {
  'UA-01': box([0, 0, 1, 1]),
  'UA-02': box([1, 0, 2, 1]),
};
const held: Record<string, ReturnType<typeof box>> = {
  '2025-01-01': box([0.5, 0, 2, 1]),
  '2025-01-02': box([0.25, 0, 2, 1]),
};
const inputs = { unit: (iso: string) => units[iso]!, held: (date: string) => held[date]! };

const evaluate = (expression: AreaExpression, named: Record<string, AreaExpression> = {}) =>
  areaKm2(createAreaEvaluator(new Map(Object.entries(named)), inputs)(expression));

describe('area expressions', () => {
  it('units: the union of the named units', () => {
    expect(evaluate({ units: ['UA-01', 'UA-02'] })).toBeCloseTo(boxAreaKm2([0, 0, 2, 1]), 0);
  });

  it('held: the land held on that date', () => {
    expect(evaluate({ held: '2025-01-01' })).toBeCloseTo(boxAreaKm2([0.5, 0, 2, 1]), 0);
  });

  it('difference: a unit less what is held, i.e. what Ukraine still holds there', () => {
    const rest = { difference: [{ units: ['UA-01'] }, { held: '2025-01-01' }] };
    expect(evaluate(rest)).toBeCloseTo(boxAreaKm2([0, 0, 0.5, 1]), 0);
  });

  it('intersection: the part of a unit that is held', () => {
    const heldInFirst = { intersection: [{ units: ['UA-01'] }, { held: '2025-01-02' }] };
    expect(evaluate(heldInFirst)).toBeCloseTo(boxAreaKm2([0.25, 0, 1, 1]), 0);
  });

  it('area: refers to another named area, as if written in place', () => {
    const named = { 'first-rest': { difference: [{ units: ['UA-01'] }, { held: '2025-01-02' }] } };
    const both = { union: [{ area: 'first-rest' }, { units: ['UA-02'] }] };
    expect(evaluate(both, named)).toBeCloseTo(
      boxAreaKm2([0, 0, 0.25, 1]) + boxAreaKm2([1, 0, 2, 1]),
      0,
    );
  });

  it('an empty result is an empty area, not an error', () => {
    expect(evaluate({ difference: [{ units: ['UA-02'] }, { held: '2025-01-01' }] })).toBe(0);
  });
});
