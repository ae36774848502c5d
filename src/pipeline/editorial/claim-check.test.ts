import { describe, expect, it } from 'vitest';
import { checkClaim } from './claim-check.ts';

// Donetsk-like numbers: a unit of 26,521 km² of which 6,771 km² remain, as on 12 Aug 2025.
const rest = { km2: 6771, byUnit: { 'UA-14': 6771 } };
const unitArea = (iso: string) => ({ 'UA-14': 26521 })[iso] ?? 0;

describe('checkClaim', () => {
  it('sets a quoted percentage of a unit beside the mapped share', () => {
    const check = checkClaim(
      'q',
      { quantity: 30, unit: 'percent', area: 'rest', shareOf: ['UA-14'], date: '2025-08-12' },
      rest,
      unitArea,
    );
    expect(check.quoted).toBe(30);
    expect(check.mapped).toBeCloseTo(25.53, 2);
  });

  it('sets quoted square kilometres beside the mapped area', () => {
    const check = checkClaim(
      'q',
      { quantity: 9000, unit: 'km2', area: 'rest', date: '2025-08-12' },
      rest,
      unitArea,
    );
    expect(check).toEqual({
      quote: 'q',
      area: 'rest',
      date: '2025-08-12',
      unit: 'km2',
      quoted: 9000,
      mapped: 6771,
    });
  });

  it('converts the mapped area to square miles for a figure quoted in miles', () => {
    const check = checkClaim(
      'q',
      { quantity: 3500, unit: 'sq-mi', area: 'rest', date: '2025-08-12' },
      rest,
      unitArea,
    );
    expect(check.mapped).toBeCloseTo(2614.3, 1);
  });

  it('counts only the part of the area inside the units a percentage is of', () => {
    const spread = { km2: 10000, byUnit: { 'UA-14': 2652.1, 'UA-09': 7347.9 } };
    const check = checkClaim(
      'q',
      { quantity: 10, unit: 'percent', area: 'a', shareOf: ['UA-14'], date: '2025-08-12' },
      spread,
      unitArea,
    );
    expect(check.mapped).toBeCloseTo(10, 6);
  });
});
