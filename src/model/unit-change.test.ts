import { describe, expect, it } from 'vitest';
import type { ControlFigures } from './data-manifest.ts';
import { fixtureFigures } from './editorial-fixture.ts';
import { unitChanges } from './unit-change.ts';

// Donetsk's held area grows by 10 km² by the daily figures; the drawn shapes say 12 taken and 1
// regained (net 11): the simplification for drawing moved 1 km².
const change = {
  takenKm2: 12,
  regainedKm2: 1,
  byUnit: { 'UA-14': { takenKm2: 12, regainedKm2: 1 } },
};

describe('unitChanges', () => {
  const { units, total } = unitChanges(change, fixtureFigures, '2025-05-16', '2025-05-17');
  const donetsk = units.find((u) => u.iso === 'UA-14')!;
  const luhansk = units.find((u) => u.iso === 'UA-09')!;

  it('gives taken, regained and their net per unit from the drawn change', () => {
    expect(donetsk).toMatchObject({ takenKm2: 12, regainedKm2: 1, netKm2: 11 });
  });

  it('gives a unit where nothing changed hands zeros, not a missing row', () => {
    expect(luhansk).toMatchObject({ takenKm2: 0, regainedKm2: 0, netKm2: 0, figuresNetKm2: 0 });
    expect(units.map((u) => u.iso)).toEqual(['UA-09', 'UA-14']);
  });

  it('sets the daily figures’ net beside it, and what the reconciliation moved of it', () => {
    expect(donetsk).toMatchObject({
      heldSinceKm2: 500,
      heldDateKm2: 510,
      figuresNetKm2: 10,
      reconciledSinceKm2: 1,
      reconciledDateKm2: 1,
      reconciledMovedKm2: 0,
    });
  });

  it('counts reconciled land that appears between the two days as moved by the reconciliation', () => {
    const moved: ControlFigures = {
      ...fixtureFigures,
      reconciledKm2: [
        [2, 1],
        [2, 4.5],
      ],
    };
    const row = unitChanges(change, moved, '2025-05-16', '2025-05-17').units[1]!;
    expect(row.reconciledMovedKm2).toBeCloseTo(3.5, 9);
  });

  it('totals Ukraine from the whole change and the sum of the units’ figures', () => {
    expect(total).toMatchObject({
      iso: 'UA',
      takenKm2: 12,
      regainedKm2: 1,
      netKm2: 11,
      heldSinceKm2: 600,
      heldDateKm2: 610,
      figuresNetKm2: 10,
    });
  });

  it('refuses a day without figures', () => {
    expect(() => unitChanges(change, fixtureFigures, '2025-05-15', '2025-05-17')).toThrow(
      'no figures for 2025-05-15',
    );
  });
});
