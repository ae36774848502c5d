import { describe, expect, it } from 'vitest';
import { bboxOf } from '../geometry/bbox-of.ts';
import { box, boxAreaKm2 } from '../geometry/test-shapes.ts';
import type { Editorial } from './editorial-schema.ts';
import { evaluateEditorial } from './evaluate-editorial.ts';

const unit = (id: string, b: [number, number, number, number]) => ({
  id,
  polygons: box(b),
  bbox: bboxOf(box(b)),
  areaKm2: boxAreaKm2(b),
});
const units = [unit('UA-14', [37, 47, 38, 48])];

const editorial = {
  parties: [],
  sources: [],
  scenarios: [],
  areas: [
    {
      id: 'rest',
      name: { en: 'Rest', uk: 'Решта' },
      expression: { difference: [{ units: ['UA-14'] }, { held: '2025-08-12' }] },
    },
    { id: 'held', name: { en: 'Held', uk: 'Окуповане' }, expression: { held: '2025-08-12' } },
  ],
  speakers: [],
  claims: [
    {
      id: 'thirty',
      quantity: 30,
      unit: 'percent' as const,
      area: 'rest',
      shareOf: ['UA-14'],
      date: '2025-08-12',
      note: { en: 'Rounded.', uk: 'Округлено.' },
    },
  ],
  quotes: [
    {
      id: 'q',
      source: 's',
      text: 't',
      attribution: 'narration' as const,
      about: { areas: ['rest'] },
      claims: ['thirty'],
    },
    {
      id: 'again',
      source: 's',
      text: 'u',
      attribution: 'narration' as const,
      about: { areas: ['rest'] },
      claims: ['thirty'],
    },
    {
      id: 'other',
      source: 's',
      text: 'v',
      attribution: 'narration' as const,
      about: { areas: ['rest'] },
    },
  ],
} satisfies Editorial;

// Held: the eastern three quarters of the unit, and a strip of sea beyond it.
const inputs = { unit: () => units[0]!.polygons, held: () => box([37.25, 46.5, 38.5, 48]) };

describe('evaluateEditorial', () => {
  const { areas, claims } = evaluateEditorial(editorial, inputs, units);

  it('measures each area inside the units only, leaving the sea out', () => {
    expect(areas.get('held')!.km2).toBeCloseTo(boxAreaKm2([37.25, 47, 38, 48]), 0);
    expect(areas.get('held')!.byUnit).toEqual({
      'UA-14': expect.closeTo(boxAreaKm2([37.25, 47, 38, 48]), 0),
    });
  });

  it('measures the remainder of a unit', () => {
    expect(areas.get('rest')!.km2).toBeCloseTo(boxAreaKm2([37, 47, 37.25, 48]), 0);
  });

  it('puts the quoted 30% beside the mapped quarter once, naming both quotes that state it', () => {
    expect(claims).toEqual([
      {
        id: 'thirty',
        quotes: ['q', 'again'],
        area: 'rest',
        date: '2025-08-12',
        unit: 'percent',
        quoted: 30,
        mapped: expect.closeTo(25, 1),
        measuredKm2: expect.closeTo(boxAreaKm2([37, 47, 37.25, 48]), 0),
        wholeKm2: expect.closeTo(boxAreaKm2([37, 47, 38, 48]), 0),
      },
    ]);
  });

  it("totals what a scenario draws in each role but held, counting two areas' overlap once", () => {
    const scenario = {
      id: 'demand',
      title: { en: 'Demand', uk: 'Вимога' },
      summary: { en: 'All', uk: 'Усе' },
      layers: [
        { area: 'held', role: 'held' as const },
        { area: 'rest', role: 'demanded' as const },
        { area: 'whole', role: 'demanded' as const },
        { area: 'rest', role: 'to-be-negotiated' as const },
      ],
      quotes: [],
    };
    const whole = {
      id: 'whole',
      name: { en: 'Whole', uk: 'Уся' },
      expression: { units: ['UA-14'] },
    };
    const { roleTotals } = evaluateEditorial(
      { ...editorial, areas: [...editorial.areas, whole], scenarios: [scenario] },
      inputs,
      units,
    );
    // The rest lies inside the whole unit: demanded, the two are the unit, once.
    expect(roleTotals.get('demand')).toEqual([
      { role: 'demanded', km2: expect.closeTo(boxAreaKm2([37, 47, 38, 48]), 0) },
      { role: 'to-be-negotiated', km2: expect.closeTo(boxAreaKm2([37, 47, 37.25, 48]), 0) },
    ]);
  });
});
