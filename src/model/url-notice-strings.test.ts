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
    expect(strings.uk.notice(notice, 'x')).toContain('За 16 серпня 2024 р. даних немає');
  });

  it('calls a day the calendar does not have what it is, not a wrong form', () => {
    const notice = {
      kind: 'date-malformed',
      requested: '2024-02-30',
      shown: '2026-08-22',
    } as const;
    expect(strings.en.notice(notice, 'x')).toContain('is not a calendar date written YYYY-MM-DD');
  });

  it('says "unknown" in Ukrainian in the gender of what is unknown', () => {
    const unknown = (param: 'theme' | 'place' | 'scenario', requested: string) =>
      strings.uk.notice({ kind: 'unknown', param, requested }, 'Окуповано на дату');
    expect(unknown('theme', 'purple')).toMatch(/^Тема «purple» мапі невідома;/);
    expect(unknown('place', 'nowhere')).toMatch(/^Місце «nowhere» мапі невідоме;/);
    expect(unknown('scenario', 'peace')).toMatch(/^Сценарій «peace» мапі невідомий;/);
    // What the reader typed is quoted as typed, whatever it holds.
    expect(unknown('place', '$&%')).toMatch(/^Місце «\$&%» мапі невідоме;/);
  });
});
