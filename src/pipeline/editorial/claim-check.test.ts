import { describe, expect, it } from 'vitest';
import { checkClaim } from './claim-check.ts';
import type { Claim } from './editorial-schema.ts';

// Donetsk-like numbers: a unit of 26,521 km² of which 6,771 km² remain, as on 12 Aug 2025.
const rest = { km2: 6771, byUnit: { 'UA-14': 6771 } };
const unitArea = (iso: string) => ({ 'UA-14': 26521 })[iso] ?? 0;
const note = { en: 'Rounded.', uk: 'Округлено.' };
const claim = (figure: Partial<Claim>): Claim => ({
  id: 'c',
  quantity: 1,
  unit: 'km2',
  area: 'rest',
  date: '2025-08-12',
  note,
  ...figure,
});

describe('checkClaim', () => {
  it('sets a quoted percentage of a unit beside the mapped share, with the km² behind it', () => {
    const check = checkClaim(
      claim({ quantity: 30, unit: 'percent', shareOf: ['UA-14'] }),
      ['q'],
      rest,
      unitArea,
    );
    expect(check.quoted).toBe(30);
    expect(check.mapped).toBeCloseTo(25.53, 2);
    expect([check.measuredKm2, check.wholeKm2]).toEqual([6771, 26521]);
  });

  it('sets quoted square kilometres beside the mapped area, naming every quote that states it', () => {
    const check = checkClaim(claim({ quantity: 9000 }), ['one', 'two'], rest, unitArea);
    expect(check).toEqual({
      id: 'c',
      quotes: ['one', 'two'],
      area: 'rest',
      date: '2025-08-12',
      unit: 'km2',
      quoted: 9000,
      mapped: 6771,
      measuredKm2: 6771,
      wholeKm2: null,
    });
  });

  it('converts the mapped area to square miles for a figure quoted in miles', () => {
    const check = checkClaim(claim({ quantity: 3500, unit: 'sq-mi' }), ['q'], rest, unitArea);
    expect(check.mapped).toBeCloseTo(2614.3, 1);
  });

  it('counts only the part of the area inside the units a percentage is of', () => {
    const spread = { km2: 10000, byUnit: { 'UA-14': 2652.1, 'UA-09': 7347.9 } };
    const check = checkClaim(
      claim({ quantity: 10, unit: 'percent', area: 'a', shareOf: ['UA-14'] }),
      ['q'],
      spread,
      unitArea,
    );
    expect(check.mapped).toBeCloseTo(10, 6);
    expect(check.measuredKm2).toBeCloseTo(2652.1, 6);
  });
});
