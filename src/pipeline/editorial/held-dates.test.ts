import { describe, expect, it } from 'vitest';
import { heldDates } from './held-dates.ts';

describe('heldDates', () => {
  it('finds held dates at any depth, each once, and ignores units and named areas', () => {
    const expressions = [
      { difference: [{ units: ['UA-14'] }, { held: '2025-08-12' }] },
      {
        union: [
          { area: 'crimea' },
          { intersection: [{ held: '2024-12-18' }, { held: '2025-08-12' }] },
        ],
      },
    ];
    expect(heldDates(expressions)).toEqual(['2025-08-12', '2024-12-18']);
  });
});
