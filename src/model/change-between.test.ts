import { describe, expect, it } from 'vitest';
import { box, boxAreaKm2 } from '../pipeline/geometry/test-shapes.ts';
import type { BBox } from '../pipeline/geometry/types.ts';
import { changeBetween, type UnitShape } from './change-between.ts';
import { compareSentence, signedKm2 } from './compare-strings.ts';

// Two units side by side along 38°E; the held area moves east across their border and its
// western edge pulls back, so land is taken in one unit and regained in the other.
const WEST: BBox = [36, 47, 38, 49];
const EAST: BBox = [38, 47, 40, 49];
const units: UnitShape[] = [
  { iso: 'UA-W', polygons: box(WEST) },
  { iso: 'UA-E', polygons: box(EAST) },
];
const day = (held: BBox, contested?: BBox): GeoJSON.FeatureCollection<GeoJSON.MultiPolygon> => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { kind: 'held' },
      geometry: { type: 'MultiPolygon', coordinates: box(held) },
    },
    ...(contested
      ? [
          {
            type: 'Feature' as const,
            properties: { kind: 'contested' },
            geometry: { type: 'MultiPolygon' as const, coordinates: box(contested) },
          },
        ]
      : []),
  ],
});

describe('changeBetween', () => {
  const earlier = day([37, 47.5, 38.5, 48.5]);
  const later = day([37.5, 47.5, 39, 48.5]);
  const change = changeBetween(earlier, later, units);

  it('counts as taken the land held on the later day and not on the earlier', () => {
    expect(change.takenKm2).toBeCloseTo(boxAreaKm2([38.5, 47.5, 39, 48.5]), 6);
    expect(change.byUnit['UA-E']!.takenKm2).toBeCloseTo(boxAreaKm2([38.5, 47.5, 39, 48.5]), 6);
  });

  it('counts as regained the land held on the earlier day and not on the later', () => {
    expect(change.regainedKm2).toBeCloseTo(boxAreaKm2([37, 47.5, 37.5, 48.5]), 6);
    expect(change.byUnit['UA-W']).toEqual({
      takenKm2: 0,
      regainedKm2: expect.closeTo(boxAreaKm2([37, 47.5, 37.5, 48.5]), 6),
    });
  });

  it('splits the change at unit borders, so the units add up to the whole', () => {
    const sum = (key: 'takenKm2' | 'regainedKm2') =>
      Object.values(change.byUnit).reduce((t, u) => t + u[key], 0);
    expect(sum('takenKm2')).toBeCloseTo(change.takenKm2, 6);
    expect(sum('regainedKm2')).toBeCloseTo(change.regainedKm2, 6);
  });

  it('lists only the units in which land changed hands', () => {
    const inWest = changeBetween(day([36.5, 47.5, 37, 48]), day([36.5, 47.5, 37.5, 48]), units);
    expect(Object.keys(inWest.byUnit)).toEqual(['UA-W']);
  });

  it('finds nothing between a day and itself, and ignores the grey zone', () => {
    const same = changeBetween(
      earlier,
      day([37, 47.5, 38.5, 48.5], [38.5, 47.5, 39.5, 48.5]),
      units,
    );
    expect(same).toEqual({ taken: [], regained: [], byUnit: {}, takenKm2: 0, regainedKm2: 0 });
  });
});

describe('compareSentence', () => {
  const change = {
    takenKm2: 1253.9,
    regainedKm2: 1.8,
    byUnit: { 'UA-14': { takenKm2: 1253.9, regainedKm2: 1.8 } },
  };

  it('gives taken, regained and the signed net, for Ukraine and the unit selected', () => {
    expect(
      compareSentence(
        change,
        '2025-05-16',
        '2025-08-12',
        { iso: 'UA-14', name: 'Donetsk Oblast' },
        'en',
      ),
    ).toBe(
      'Between 16 May 2025 and 12 August 2025, Russia took 1,254\u00a0km² and Ukraine regained 2\u00a0km²: ' +
        'net +1,252\u00a0km² held by Russia. Donetsk Oblast: taken 1,254\u00a0km², regained 2\u00a0km², net +1,252\u00a0km².',
    );
  });

  it('says a unit where nothing changed hands changed by nothing', () => {
    expect(
      compareSentence(change, '2025-05-16', '2025-08-12', { iso: 'UA-46', name: 'Lviv' }, 'en'),
    ).toContain('Lviv: taken 0\u00a0km², regained 0\u00a0km², net 0\u00a0km².');
  });
});

describe('signedKm2', () => {
  it('signs gains and losses and leaves nothing unsigned', () => {
    expect(signedKm2(1252.1, 'en')).toBe('+1,252\u00a0km²');
    expect(signedKm2(-48.4, 'uk')).toMatch(/^−48\u00a0км²$/);
    expect(signedKm2(0.2, 'en')).toBe('0\u00a0km²');
  });
});
