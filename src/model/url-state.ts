import type { Lang } from './format-figures.ts';
import type { UrlParam } from './url-params.ts';

export type Theme = 'light' | 'dark';

/**
 * The view as a URL (DESIGN.md "URL state"): query parameters, or a hash of the same form. Each
 * parameter is checked against the values that exist; anything else falls back to its default and
 * leaves a notice for the reader.
 */
export interface UrlState {
  /** A scenario id; the first scenario (the timeline) by default. */
  scenario: string;
  /** A date of the timeline; by default the scenario's own date, or the latest. */
  date: string;
  /**
   * The earlier day of a comparison: the map then shows what changed hands between `since` and
   * `date`. Always a date of the timeline before `date`; null: no comparison.
   */
  since: string | null;
  /** A unit's ISO 3166-2 code or the id of an area a scenario draws; null: nothing selected. */
  region: string | null;
  /** A gazetteer id (data/places.json) whose panel is open; null: none. */
  place: string | null;
  lang: Lang;
  /** Null: follow the reader's system setting. */
  theme: Theme | null;
  embed: boolean;
}

export interface UrlContext {
  /** Dates the timeline has data for, in order; the last is the default. */
  dates: readonly string[];
  /** The scenarios in the order they are offered; the first is the default. */
  scenarios: readonly { id: string; date?: string }[];
  /** Every value `region` may take. */
  regions: readonly string[];
  /** Every value `place` may take. */
  places: readonly string[];
  /** The reader's own language, used when the URL names none. */
  defaultLang: Lang;
}

/** What was not understood, for the UI to say in the reader's language. */
export type UrlNotice =
  | { kind: 'date-without-data'; requested: string; shown: string }
  | { kind: 'date-malformed'; requested: string; shown: string }
  | { kind: 'since-without-data'; requested: string; shown: string }
  | { kind: 'since-malformed'; requested: string }
  /** A comparison needs an earlier day: `since` on or after `date` is dropped. */
  | { kind: 'since-not-before'; requested: string; date: string }
  | {
      kind: 'unknown';
      param: Exclude<UrlParam, 'date' | 'since'>;
      requested: string;
    };

export interface ParsedUrlState {
  state: UrlState;
  notices: UrlNotice[];
}

/** Long or hostile values are cut short before they appear in a notice (always as text). */
export function shortened(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

export function parseUrlState(search: string, hash: string, context: UrlContext): ParsedUrlState {
  const params = paramsOf(search, hash);
  const notices: UrlNotice[] = [];
  const unknown = (param: Extract<UrlNotice, { kind: 'unknown' }>['param'], requested: string) =>
    notices.push({ kind: 'unknown', param, requested: shortened(requested) });

  const { scenario, date, since } = viewDatesOf(params, context, notices);

  let region: string | null = null;
  const requestedRegion = params.get('region');
  if (requestedRegion !== null) {
    // ISO codes are upper case by definition; "ua-14" is a harmless slip, not an unknown region.
    const normal = /^ua-\d{2}$/i.test(requestedRegion)
      ? requestedRegion.toUpperCase()
      : requestedRegion;
    if (context.regions.includes(normal)) region = normal;
    else unknown('region', requestedRegion);
  }

  let place: string | null = null;
  const requestedPlace = params.get('place');
  if (requestedPlace !== null) {
    if (context.places.includes(requestedPlace)) place = requestedPlace;
    else unknown('place', requestedPlace);
  }

  const spoken = langOf(params);
  const requestedLang = params.get('lang');
  if (requestedLang !== null && spoken === null) unknown('lang', requestedLang);
  const lang = spoken ?? context.defaultLang;

  const theme = themeOf(params);
  const requestedThemeValue = params.get('theme');
  if (theme === null && requestedThemeValue !== null) unknown('theme', requestedThemeValue);

  const requestedEmbed = params.get('embed');
  const embed = requestedEmbed === '1';
  if (requestedEmbed !== null && requestedEmbed !== '1' && requestedEmbed !== '0')
    unknown('embed', requestedEmbed);

  return {
    state: { scenario, date, since, region, place, lang, theme, embed },
    notices,
  };
}

/**
 * The scenario, date and comparison's day the address asks for, as parseUrlState reads them: they
 * need only the dates and the scenarios, so the first view's held area can be asked for before the
 * rest of the data has arrived.
 */
export function datesOfUrl(
  search: string,
  hash: string,
  context: Pick<UrlContext, 'dates' | 'scenarios'>,
): Pick<UrlState, 'scenario' | 'date' | 'since'> {
  return viewDatesOf(paramsOf(search, hash), context, []);
}

/**
 * The language a URL shows the map in, `defaultLang` where it names none the map speaks, as
 * parseUrlState reads it: for what the app asks for before it can read the whole URL (the names'
 * fonts: src/map/label-fonts.ts).
 */
export function langOfUrl(search: string, hash: string, defaultLang: Lang): Lang {
  return langOf(paramsOf(search, hash)) ?? defaultLang;
}

function langOf(params: Params): Lang | null {
  const requested = params.get('lang');
  return requested === 'en' || requested === 'uk' ? requested : null;
}

function viewDatesOf(
  params: Params,
  context: Pick<UrlContext, 'dates' | 'scenarios'>,
  notices: UrlNotice[],
): Pick<UrlState, 'scenario' | 'date' | 'since'> {
  const requestedScenario = params.get('scenario');
  let scenario = context.scenarios[0]!;
  if (requestedScenario !== null) {
    const found = context.scenarios.find((s) => s.id === requestedScenario);
    if (found) scenario = found;
    else
      notices.push({ kind: 'unknown', param: 'scenario', requested: shortened(requestedScenario) });
  }

  let date = defaultDateOf(scenario.id, context);
  const requestedDate = params.get('date');
  if (requestedDate !== null) {
    if (context.dates.includes(requestedDate)) date = requestedDate;
    else if (isCalendarDate(requestedDate)) {
      date = nearestDate(context.dates, requestedDate);
      notices.push({ kind: 'date-without-data', requested: requestedDate, shown: date });
    } else {
      notices.push({ kind: 'date-malformed', requested: shortened(requestedDate), shown: date });
    }
  }

  const since = sinceOf(params.get('since'), date, context.dates, notices);
  return { scenario: scenario.id, date, since };
}

/**
 * `since` as asked for, moved to the nearest day with data like `date`; null when absent, malformed
 * or not before `date`. Swapping the two instead would show a change the reader did not ask for,
 * in the opposite direction; a notice and no comparison is plainer.
 */
function sinceOf(
  requested: string | null,
  date: string,
  dates: readonly string[],
  notices: UrlNotice[],
): string | null {
  if (requested === null) return null;
  let since = requested;
  if (!dates.includes(requested)) {
    if (!isCalendarDate(requested)) {
      notices.push({ kind: 'since-malformed', requested: shortened(requested) });
      return null;
    }
    since = nearestDate(dates, requested);
    notices.push({ kind: 'since-without-data', requested, shown: since });
  }
  if (since >= date) {
    notices.push({ kind: 'since-not-before', requested: since, date });
    return null;
  }
  return since;
}

/** The date a scenario opens on: its own, or the latest for the timeline. */
export function defaultDateOf(
  scenarioId: string,
  context: Pick<UrlContext, 'dates' | 'scenarios'>,
): string {
  const scenario = context.scenarios.find((s) => s.id === scenarioId);
  const latest = context.dates[context.dates.length - 1]!;
  return scenario?.date && context.dates.includes(scenario.date) ? scenario.date : latest;
}

/**
 * Each scenario's date when the address names none, by id in the scenarios' order (the first is the
 * default scenario's): written into the manifest for the page's head (public/page-mode.js), which
 * asks for the address's held area before the editorial model has arrived.
 */
export function defaultDates(
  context: Pick<UrlContext, 'dates' | 'scenarios'>,
): Record<string, string> {
  return Object.fromEntries(context.scenarios.map((s) => [s.id, defaultDateOf(s.id, context)]));
}

/**
 * The theme alone, readable before any data has loaded so the page never flashes in the wrong one.
 * Null: follow the reader's system setting.
 */
export function requestedTheme(search: string, hash: string): Theme | null {
  return themeOf(paramsOf(search, hash));
}

/** The language a reader's browser asks for, when it is one the map speaks. */
export function browserLang(languages: readonly string[]): Lang {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    if (primary === 'uk') return 'uk';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/** The query string read by parameter name, only by the names url-params.ts declares. */
interface Params {
  get(name: UrlParam): string | null;
}

function themeOf(params: Params): Theme | null {
  const value = params.get('theme');
  return value === 'light' || value === 'dark' ? value : null;
}

function paramsOf(search: string, hash: string): Params {
  return new URLSearchParams(search.length > 1 ? search : hash.replace(/^#/, ''));
}

/** The query string for a state: only what differs from the defaults, so shared links stay short. */
export function toSearch(state: UrlState, context: UrlContext): string {
  const params = new URLSearchParams();
  const set = (name: UrlParam, value: string) => params.set(name, value);
  if (state.scenario !== context.scenarios[0]!.id) set('scenario', state.scenario);
  if (state.date !== defaultDateOf(state.scenario, context)) set('date', state.date);
  if (state.since) set('since', state.since);
  if (state.region) set('region', state.region);
  if (state.place) set('place', state.place);
  if (state.lang !== context.defaultLang) set('lang', state.lang);
  if (state.theme) set('theme', state.theme);
  if (state.embed) set('embed', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** "2025-05-16" is; "2025-02-30", "2025-5-16" and "16.05.2025" are not. */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  // Date.parse rolls 30 February over into March instead of refusing it.
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** The day with data closest to `date` (dates are ISO, so they compare as strings and as time). */
function nearestDate(dates: readonly string[], date: string): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) return dates[dates.length - 1]!;
  let best = dates[0]!;
  for (const candidate of dates) {
    if (
      Math.abs(Date.parse(`${candidate}T00:00:00Z`) - time) <
      Math.abs(Date.parse(`${best}T00:00:00Z`) - time)
    ) {
      best = candidate;
    }
  }
  return best;
}
