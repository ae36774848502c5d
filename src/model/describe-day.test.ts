import { describe, expect, it } from 'vitest';
import { daySentence, unitTooltip } from './describe-day.ts';
import { fixtureFigures } from './editorial-fixture.ts';

describe('daySentence', () => {
  const day = { date: '2025-05-16', hash: 'x', heldKm2: 113_100, contestedKm2: null };

  it('gives the km² held and the share of Ukraine on the date', () => {
    expect(daySentence(day, 603_550, 'en')).toBe(
      'Held by Russia on 16 May 2025: 113,100\u00a0km², 18.7% of Ukraine.',
    );
  });

  it('adds the grey zone where the source has one', () => {
    expect(daySentence({ ...day, contestedKm2: 2_400 }, 603_550, 'en')).toMatch(
      / Grey zone: 2,400\u00a0km²\.$/,
    );
  });
});

describe('unitTooltip', () => {
  it('names the unit with the share of it held on the date', () => {
    expect(unitTooltip(fixtureFigures, 'UA-14', '2025-05-17', 'en')).toBe(
      'Donetsk: 56.7% held by Russia',
    );
  });

  it('speaks Ukrainian with the Ukrainian name', () => {
    expect(unitTooltip(fixtureFigures, 'UA-09', '2025-05-16', 'uk')).toBe(
      'Луганська область: окуповано 10,0%',
    );
  });

  it('refuses a unit or a date the figures do not have', () => {
    expect(() => unitTooltip(fixtureFigures, 'UA-99', '2025-05-16', 'en')).toThrow(/UA-99/);
    expect(() => unitTooltip(fixtureFigures, 'UA-14', '2020-01-01', 'en')).toThrow(/2020-01-01/);
  });
});
