import { describe, expect, it } from 'vitest';
import { parseMapCommand } from './map-command.ts';
import type { UrlContext, UrlState } from './url-state.ts';

const context: UrlContext = {
  dates: ['2022-02-23', '2025-05-16', '2025-08-11', '2025-08-12', '2025-08-14', '2026-08-22'],
  scenarios: [{ id: 'held-on-date' }, { id: 'istanbul-2025', date: '2025-05-16' }],
  regions: ['UA-14', 'UA-09', 'istanbul-withdrawal'],
  places: ['pokrovsk'],
  defaultLang: 'en',
};
/** An embedded map showing Donetsk on a day of the timeline, in Ukrainian, dark. */
const current: UrlState = {
  scenario: 'held-on-date',
  date: '2025-08-11',
  since: null,
  region: 'UA-14',
  place: null,
  lang: 'uk',
  theme: 'dark',
  embed: true,
};
const set = (fields: Record<string, unknown>) =>
  parseMapCommand({ type: 'territory-map:set', ...fields }, current, context);

describe('parseMapCommand', () => {
  it('returns null for anything that is not a set message', () => {
    for (const message of [
      null,
      undefined,
      'territory-map:set',
      42,
      ['territory-map:set'],
      { type: 'territory-map:state', scenario: 'istanbul-2025' },
      { scenario: 'istanbul-2025' },
    ])
      expect(parseMapCommand(message, current, context), String(message)).toBeNull();
  });

  it('opens a scenario on its own date with nothing selected, as choosing it on the map does', () => {
    expect(set({ scenario: 'istanbul-2025' })).toEqual({
      state: { ...current, scenario: 'istanbul-2025', date: '2025-05-16', region: null },
      notices: [],
    });
  });

  it('applies every field it names, and keeps those it does not name', () => {
    expect(set({ scenario: 'istanbul-2025', date: '2025-08-12', region: 'ua-09' })?.state).toEqual({
      ...current,
      scenario: 'istanbul-2025',
      date: '2025-08-12',
      region: 'UA-09',
    });
    expect(set({ date: '2025-05-16' })?.state).toEqual({ ...current, date: '2025-05-16' });
    expect(set({})).toEqual({ state: current, notices: [] });
  });

  it('puts a field set to null back to its default, as a link without the parameter', () => {
    expect(set({ scenario: null, date: null, region: null })?.state).toEqual({
      ...current,
      date: '2026-08-22',
      region: null,
    });
  });

  it('moves a date without data to the nearest day with data, and says so, as the URL does', () => {
    expect(set({ date: '2025-08-13' })).toEqual({
      state: { ...current, date: '2025-08-12' },
      notices: [{ kind: 'date-without-data', requested: '2025-08-13', shown: '2025-08-12' }],
    });
  });

  it('ignores an unknown or malformed value with the URL’s notice, keeping the current one', () => {
    expect(set({ scenario: 'peace', date: '2025-02-30', region: 'UA-99' })).toEqual({
      state: current,
      notices: [
        { kind: 'unknown', param: 'scenario', requested: 'peace' },
        { kind: 'date-malformed', requested: '2025-02-30', shown: '2025-08-11' },
        { kind: 'unknown', param: 'region', requested: 'UA-99' },
      ],
    });
  });

  it('applies the sound fields of a message whose others are refused', () => {
    expect(set({ scenario: 'peace', region: 'istanbul-withdrawal' })?.state).toEqual({
      ...current,
      region: 'istanbul-withdrawal',
    });
  });

  it('never changes the language, theme or embedding, and ignores fields it does not know', () => {
    expect(
      set({
        lang: 'en',
        theme: 'light',
        embed: false,
        colour: 'x',
        html: '<b>',
      }),
    ).toEqual({ state: current, notices: [] });
  });

  it('opens a gazetteer place as the URL does', () => {
    expect(set({ place: 'pokrovsk' })?.state.place).toBe('pokrovsk');
  });

  it('sets the earlier day of a comparison as the URL does', () => {
    expect(set({ since: '2025-05-16' })?.state.since).toBe('2025-05-16');
  });

  it('reads values of other types as a URL would carry them, and refuses them', () => {
    const result = set({ scenario: 7, date: ['2025-05-16'], region: { iso: 'UA-14' } });
    expect(result).toEqual({
      state: current,
      notices: [
        { kind: 'unknown', param: 'scenario', requested: '7' },
        { kind: 'date-malformed', requested: '[array]', shown: '2025-08-11' },
        { kind: 'unknown', param: 'region', requested: '[object]' },
      ],
    });
  });

  it('quotes a huge or hostile value shortened, and only as data', () => {
    const result = set({ region: '<img src=x onerror=alert(1)>'.repeat(1e5) });
    expect(result?.state).toEqual(current);
    expect(result?.notices).toEqual([
      { kind: 'unknown', param: 'region', requested: '<img src=x onerror=alert(1)><img src=x o…' },
    ]);
  });

  it('takes no field from the prototype', () => {
    const message = JSON.parse(
      '{"type":"territory-map:set","__proto__":{"scenario":"istanbul-2025"}}',
    );
    expect(parseMapCommand(message, current, context)).toEqual({ state: current, notices: [] });
  });
});
