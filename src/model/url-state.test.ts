import { describe, expect, it } from 'vitest';
import { parseUrlState, requestedTheme, toSearch } from './url-state.ts';

const context = { dates: ['2022-02-23', '2025-08-11', '2025-08-12', '2025-08-14', '2026-08-22'] };
const parse = (search: string, hash = '') => parseUrlState(search, hash, context);

describe('parseUrlState', () => {
  it('defaults to the latest date and the system theme', () => {
    expect(parse('')).toEqual({ state: { date: '2026-08-22', theme: null }, notices: [] });
  });

  it('reads a date of the timeline and a theme', () => {
    expect(parse('?date=2025-08-12&theme=dark').state).toEqual({
      date: '2025-08-12',
      theme: 'dark',
    });
  });

  it('accepts the same parameters in the hash', () => {
    expect(parse('', '#date=2022-02-23').state.date).toBe('2022-02-23');
  });

  it('moves a well-formed date without data to the nearest day with data, and says so', () => {
    expect(parse('?date=2025-08-13')).toEqual({
      state: { date: '2025-08-12', theme: null },
      notices: [
        'The map has no data for 2025-08-13; showing the nearest day with data, 2025-08-12.',
      ],
    });
    expect(parse('?date=2031-01-01').state.date).toBe('2026-08-22');
  });

  it('falls back to the latest date for a malformed one, quoting it shortened', () => {
    const { state, notices } = parse(
      `?date=${encodeURIComponent('<img src=x onerror=alert(1)>'.repeat(3))}`,
    );
    expect(state.date).toBe('2026-08-22');
    // Cut to its first 40 characters.
    expect(notices[0]).toMatch(
      /^The date “<img src=x onerror=alert\(1\)><img src=x o…” is not a date/,
    );
  });

  it('ignores an unknown theme with a notice', () => {
    expect(parse('?theme=sepia')).toEqual({
      state: { date: '2026-08-22', theme: null },
      notices: ['The theme “sepia” is not “light” or “dark”; following your system setting.'],
    });
  });

  it('uses the first of repeated parameters', () => {
    expect(parse('?date=2025-08-11&date=2025-08-12').state.date).toBe('2025-08-11');
  });
});

describe('toSearch', () => {
  it('writes only what differs from the defaults', () => {
    expect(toSearch({ date: '2026-08-22', theme: null }, context)).toBe('');
    expect(toSearch({ date: '2025-08-12', theme: 'dark' }, context)).toBe(
      '?date=2025-08-12&theme=dark',
    );
  });

  it('round-trips through parseUrlState', () => {
    const state = { date: '2022-02-23', theme: 'light' as const };
    expect(parse(toSearch(state, context)).state).toEqual(state);
  });
});

describe('requestedTheme', () => {
  it('reads the theme before any data is known, and nothing else', () => {
    expect(requestedTheme('?theme=dark&date=x', '')).toBe('dark');
    expect(requestedTheme('', '#theme=light')).toBe('light');
    expect(requestedTheme('?theme=<b>', '')).toBeNull();
  });
});
