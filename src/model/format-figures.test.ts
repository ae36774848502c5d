import { describe, expect, it } from 'vitest';
import { formatDate, formatKm2, formatPercent } from './format-figures.ts';

describe('formatting figures', () => {
  it('formatKm2 rounds to whole square kilometres with grouping', () => {
    expect(formatKm2(19750.6)).toBe('19,751 km²');
  });

  it('formatKm2 uses Ukrainian grouping and unit in Ukrainian', () => {
    expect(formatKm2(19750.6, 'uk')).toBe('19\u00a0751 км²');
  });

  it('formatPercent shows one decimal', () => {
    expect(formatPercent(0.18817)).toBe('18.8%');
  });

  it('formatDate reads the ISO date as a calendar day in any time zone', () => {
    expect(formatDate('2025-08-12')).toBe('12 August 2025');
  });
});
