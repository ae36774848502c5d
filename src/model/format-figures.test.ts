import { describe, expect, it } from 'vitest';
import {
  endSentence,
  formatDate,
  formatKm2,
  formatMonth,
  formatPercent,
  formatShortDate,
  formatStatedPercent,
} from './format-figures.ts';

describe('formatting figures', () => {
  it('formatKm2 rounds to whole square kilometres with grouping', () => {
    expect(formatKm2(19750.6)).toBe('19,751\u00a0km²');
  });

  it('formatKm2 uses Ukrainian grouping and unit in Ukrainian', () => {
    expect(formatKm2(19750.6, 'uk')).toBe('19\u00a0751\u00a0км²');
  });

  it('formatPercent shows one decimal', () => {
    expect(formatPercent(0.18817)).toBe('18.8%');
  });

  it('formatPercent shows a share too small for one decimal as under 0.1%, and none as 0.0%', () => {
    // 150\u00a0km² of Ukraine's 603,628.
    expect(formatPercent(150 / 603628)).toBe('<0.1%');
    expect(formatPercent(150 / 603628, 'uk')).toBe('<0,1%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(0.0005)).toBe('0.1%');
  });

  it('formatStatedPercent gives a percentage with the decimals its source wrote, no more', () => {
    expect(formatStatedPercent(30)).toBe('30%');
    expect(formatStatedPercent(30.5, 'uk')).toBe('30,5%');
  });

  it('formatDate reads the ISO date as a calendar day in any time zone', () => {
    expect(formatDate('2025-08-12')).toBe('12 August 2025');
  });

  it('formatShortDate gives a marker’s short label in either language, with the year on demand', () => {
    expect(formatShortDate('2024-12-18')).toBe('18 Dec');
    expect(formatShortDate('2024-12-18', 'uk')).toBe('18 груд.');
    expect(formatShortDate('2022-02-23', 'en', true)).toBe('23 Feb 2022');
  });

  it('formatMonth gives a tick’s month short, or in full with its year', () => {
    expect(formatMonth('2025-04')).toBe('Apr');
    expect(formatMonth('2025-04', 'uk')).toBe('квіт.');
    expect(formatMonth('2025-04', 'en', true)).toBe('April 2025');
  });

  it('endSentence closes a sentence once, also after a Ukrainian date’s own full stop', () => {
    expect(endSentence(`Показано ${formatDate('2025-08-12', 'uk')}`)).toBe(
      'Показано 12 серпня 2025\u00a0р.',
    );
    expect(endSentence(`Showing ${formatDate('2025-08-12')}`)).toBe('Showing 12 August 2025.');
  });
});

describe('Ukrainian sentences that end with a date', () => {
  it('end with one full stop, not two', async () => {
    const { strings } = await import('./strings.ts');
    const { timelineStrings } = await import('./timeline-strings.ts');
    const source = `Reuters, ${formatDate('2025-08-12', 'uk')}`;
    const sentences = [
      strings.uk.citation.statedBy(['Путін'], [source]),
      strings.uk.citation.statedBy([], [source]),
      timelineStrings.uk.showing('2025-08-12'),
      timelineStrings.uk.nearest('2025-08-13', '2025-08-12'),
      timelineStrings.uk.invalid('2024-07-08', '2026-08-22'),
    ];
    for (const sentence of sentences) expect(sentence).toMatch(/[^.]\.$/);
  });
});
