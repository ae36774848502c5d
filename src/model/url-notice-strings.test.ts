import { describe, expect, it } from 'vitest';
import { strings } from './strings.ts';

describe('what a notice says of an address it could not follow', () => {
  it('gives dates as the panels do, in the reader’s language', () => {
    const notice = {
      kind: 'date-without-data',
      requested: '2024-08-16',
      shown: '2024-08-17',
    } as const;
    expect(strings.en.notice(notice, 'x')).toBe(
      'The map has no data for 16 August 2024; showing the nearest day with data, 17 August 2024.',
    );
    expect(strings.uk.notice(notice, 'x')).toContain('За 16 серпня 2024\u00a0р. даних немає');
  });

  it('ends a Ukrainian notice once after a date’s own full stop', () => {
    const requested = '2024-08-16';
    const shown = '2024-08-17';
    for (const notice of [
      { kind: 'date-without-data', requested, shown },
      { kind: 'date-malformed', requested: '2024-02-30', shown },
      { kind: 'since-without-data', requested, shown },
    ] as const) {
      const said = strings.uk.notice(notice, 'x');
      expect(said).toMatch(/17 серпня 2024\u00a0р\.$/);
      expect(said).not.toContain('..');
    }
  });

  it('calls a day the calendar does not have not a valid date', () => {
    const notice = {
      kind: 'date-malformed',
      requested: '2024-02-30',
      shown: '2026-08-22',
    } as const;
    expect(strings.en.notice(notice, 'x')).toContain('is not a valid date (YYYY-MM-DD)');
  });

  it('says in Ukrainian that the map does not know the value, each noun in the genitive', () => {
    const unknown = (param: 'theme' | 'place' | 'scenario', requested: string) =>
      strings.uk.notice({ kind: 'unknown', param, requested }, 'Окуповано на дату');
    expect(unknown('theme', 'purple')).toMatch(/^Мапа не знає теми «purple»;/);
    expect(unknown('place', 'nowhere')).toMatch(/^Мапа не знає місця «nowhere»;/);
    expect(unknown('scenario', 'peace')).toMatch(/^Мапа не знає сценарію «peace»;/);
    // What the reader typed is quoted as typed, whatever it holds.
    expect(unknown('place', '$&%')).toMatch(/^Мапа не знає місця «\$&%»;/);
  });
});
