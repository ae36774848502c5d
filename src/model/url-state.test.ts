import { describe, expect, it } from 'vitest';
import {
  browserLang,
  datesOfUrl,
  langOfUrl,
  defaultDates,
  parseUrlState,
  requestedTheme,
  toSearch,
  type UrlContext,
  type UrlState,
} from './url-state.ts';

const context: UrlContext = {
  dates: ['2022-02-23', '2025-05-16', '2025-08-11', '2025-08-12', '2025-08-14', '2026-08-22'],
  scenarios: [{ id: 'held-on-date' }, { id: 'istanbul-2025', date: '2025-05-16' }],
  regions: ['UA-14', 'UA-09', 'istanbul-withdrawal'],
  places: ['pokrovsk', 'kramatorsk'],
  defaultLang: 'en',
};
const parse = (search: string, hash = '') => parseUrlState(search, hash, context);
const defaults: UrlState = {
  scenario: 'held-on-date',
  date: '2026-08-22',
  since: null,
  region: null,
  place: null,
  lang: 'en',
  theme: null,
  embed: false,
};

describe('parseUrlState', () => {
  it('defaults to the timeline scenario, the latest date, nothing selected, the reader’s language', () => {
    expect(parse('')).toEqual({ state: defaults, notices: [] });
    expect(parseUrlState('', '', { ...context, defaultLang: 'uk' }).state.lang).toBe('uk');
  });

  it('reads every parameter', () => {
    expect(
      parse(
        '?scenario=istanbul-2025&date=2025-08-12&since=2025-05-16&region=UA-14&lang=uk&theme=dark&embed=1',
      ).state,
    ).toEqual({
      scenario: 'istanbul-2025',
      date: '2025-08-12',
      since: '2025-05-16',
      region: 'UA-14',
      place: null,
      lang: 'uk',
      theme: 'dark',
      embed: true,
    });
  });

  it('opens a scenario on its own date unless the URL names another', () => {
    expect(parse('?scenario=istanbul-2025').state.date).toBe('2025-05-16');
  });

  it('accepts the same parameters in the hash', () => {
    expect(parse('', '#date=2022-02-23').state.date).toBe('2022-02-23');
  });

  it('accepts a region code in lower case, and an area id', () => {
    expect(parse('?region=ua-09').state.region).toBe('UA-09');
    expect(parse('?region=istanbul-withdrawal').state.region).toBe('istanbul-withdrawal');
  });

  it('moves a well-formed date without data to the nearest day with data, and says so', () => {
    expect(parse('?date=2025-08-13')).toEqual({
      state: { ...defaults, date: '2025-08-12' },
      notices: [{ kind: 'date-without-data', requested: '2025-08-13', shown: '2025-08-12' }],
    });
    expect(parse('?date=2031-01-01').state.date).toBe('2026-08-22');
  });

  it('falls back to the default date for a malformed one, quoting it shortened', () => {
    const { state, notices } = parse(
      `?date=${encodeURIComponent('<img src=x onerror=alert(1)>'.repeat(3))}`,
    );
    expect(state.date).toBe('2026-08-22');
    expect(notices).toEqual([
      {
        kind: 'date-malformed',
        requested: '<img src=x onerror=alert(1)><img src=x o…',
        shown: '2026-08-22',
      },
    ]);
  });

  it('calls a date that is not on the calendar malformed, not merely without data', () => {
    for (const date of ['2025-02-30', '2025-13-01', '0000-00-00', '2025-5-16'])
      expect(parse(`?date=${date}`).notices, date).toEqual([
        { kind: 'date-malformed', requested: date, shown: '2026-08-22' },
      ]);
  });

  it('falls back from every unknown value to its default, with one notice each', () => {
    const { state, notices } = parse('?scenario=peace&region=UA-99&lang=fr&theme=sepia&embed=yes');
    expect(state).toEqual(defaults);
    expect(notices).toEqual([
      { kind: 'unknown', param: 'scenario', requested: 'peace' },
      { kind: 'unknown', param: 'region', requested: 'UA-99' },
      { kind: 'unknown', param: 'lang', requested: 'fr' },
      { kind: 'unknown', param: 'theme', requested: 'sepia' },
      { kind: 'unknown', param: 'embed', requested: 'yes' },
    ]);
  });

  it('compares with an earlier day named by since, moved to the nearest day with data', () => {
    expect(parse('?date=2025-08-12&since=2025-05-16')).toEqual({
      state: { ...defaults, date: '2025-08-12', since: '2025-05-16' },
      notices: [],
    });
    expect(parse('?date=2025-08-12&since=2025-05-17')).toEqual({
      state: { ...defaults, date: '2025-08-12', since: '2025-05-16' },
      notices: [{ kind: 'since-without-data', requested: '2025-05-17', shown: '2025-05-16' }],
    });
  });

  it('compares with 23 February 2022, the line before the invasion', () => {
    expect(parse('?since=2022-02-23').state.since).toBe('2022-02-23');
  });

  it('drops a malformed since, quoting it shortened', () => {
    expect(parse(`?since=${'x'.repeat(50)}`)).toEqual({
      state: defaults,
      notices: [{ kind: 'since-malformed', requested: `${'x'.repeat(40)}…` }],
    });
  });

  it('drops a since that is not before the date, and says so', () => {
    expect(parse('?date=2025-05-16&since=2025-08-12')).toEqual({
      state: { ...defaults, date: '2025-05-16' },
      notices: [{ kind: 'since-not-before', requested: '2025-08-12', date: '2025-05-16' }],
    });
    expect(parse('?date=2025-05-16&since=2025-05-16').state.since).toBeNull();
  });

  it('uses the first of repeated parameters', () => {
    expect(parse('?date=2025-08-11&date=2025-08-12').state.date).toBe('2025-08-11');
  });
});

describe('toSearch', () => {
  it('writes only what differs from the defaults', () => {
    expect(toSearch(defaults, context)).toBe('');
    expect(toSearch({ ...defaults, scenario: 'istanbul-2025', date: '2025-05-16' }, context)).toBe(
      '?scenario=istanbul-2025',
    );
    expect(toSearch({ ...defaults, date: '2025-08-12', theme: 'dark' }, context)).toBe(
      '?date=2025-08-12&theme=dark',
    );
  });

  it('round-trips every state through parseUrlState', () => {
    const states: UrlState[] = [
      { ...defaults, date: '2022-02-23', theme: 'light' },
      {
        scenario: 'istanbul-2025',
        date: '2026-08-22',
        since: '2025-05-16',
        region: 'istanbul-withdrawal',
        place: 'pokrovsk',
        lang: 'uk',
        theme: 'dark',
        embed: true,
      },
      { ...defaults, region: 'UA-14', lang: 'uk' },
      { ...defaults, place: 'kramatorsk' },
    ];
    for (const state of states) expect(parse(toSearch(state, context)).state).toEqual(state);
  });
});

describe('the place parameter', () => {
  it('opens a gazetteer place, and leaves a notice for an id the gazetteer does not have', () => {
    expect(parse('?place=pokrovsk').state.place).toBe('pokrovsk');
    expect(parse('?place=paris')).toEqual({
      state: defaults,
      notices: [{ kind: 'unknown', param: 'place', requested: 'paris' }],
    });
  });

  it('is written after the region, and only when a place is open', () => {
    expect(toSearch({ ...defaults, region: 'UA-14', place: 'pokrovsk' }, context)).toBe(
      '?region=UA-14&place=pokrovsk',
    );
    expect(toSearch(defaults, context)).toBe('');
  });
});

describe('datesOfUrl', () => {
  const dates = { dates: context.dates, scenarios: context.scenarios };
  it("reads the view's days from the dates and scenarios alone, as the whole parse reads them", () => {
    for (const search of [
      '',
      '?scenario=istanbul-2025',
      '?date=2025-08-13&since=2025-05-16',
      '?date=garbage&region=nowhere',
      '?since=2026-08-22',
    ])
      expect(datesOfUrl(search, '', dates)).toEqual({
        scenario: parse(search).state.scenario,
        date: parse(search).state.date,
        since: parse(search).state.since,
      });
    expect(datesOfUrl('', '#scenario=istanbul-2025', dates).date).toBe('2025-05-16');
  });
});

describe('requestedTheme', () => {
  it('reads the theme before any data is known, and nothing else', () => {
    expect(requestedTheme('?theme=dark&date=x', '')).toBe('dark');
    expect(requestedTheme('', '#theme=light')).toBe('light');
    expect(requestedTheme('?theme=<b>', '')).toBeNull();
  });
});

describe('browserLang', () => {
  it('picks the first language the map speaks, else English', () => {
    expect(browserLang(['uk-UA', 'en'])).toBe('uk');
    expect(browserLang(['de-DE', 'en-GB'])).toBe('en');
    expect(browserLang(['ru'])).toBe('en');
    expect(browserLang([])).toBe('en');
  });
});

describe('defaultDates', () => {
  it("names each scenario's date when the address names none, the default scenario first", () => {
    const dates = defaultDates(context);
    expect(dates).toEqual({ 'held-on-date': '2026-08-22', 'istanbul-2025': '2025-05-16' });
    expect(Object.keys(dates)[0]).toBe(parse('').state.scenario);
  });
});

describe('langOfUrl', () => {
  it('reads the language before any data is known, as the whole parse reads it', () => {
    for (const search of ['', '?lang=uk', '?lang=en', '?lang=fr', '?date=x&lang=uk'])
      for (const defaultLang of ['en', 'uk'] as const)
        expect(langOfUrl(search, '', defaultLang)).toBe(
          parseUrlState(search, '', { ...context, defaultLang }).state.lang,
        );
    expect(langOfUrl('', '#lang=uk', 'en')).toBe('uk');
  });
});
