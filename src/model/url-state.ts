export type Theme = 'light' | 'dark';

/**
 * The view as a URL (DESIGN.md "URL state"): query parameters, or a hash of the same form. This
 * covers the parameters the app handles so far, `date` and `theme`; each is checked against the
 * values that exist, and anything else falls back to the default with a notice for the reader.
 */
export interface UrlState {
  /** A date of the timeline; the latest when absent. */
  date: string;
  /** Null: follow the reader's system setting. */
  theme: Theme | null;
}

export interface UrlContext {
  /** Dates the timeline has data for, in order; the last is the default. */
  dates: readonly string[];
}

export interface ParsedUrlState {
  state: UrlState;
  /** Plain-text sentences saying what was not understood and what is shown instead. */
  notices: string[];
}

/** Long or hostile values are cut short before they appear in a notice (always as text). */
const quoted = (value: string) => `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;

export function parseUrlState(search: string, hash: string, context: UrlContext): ParsedUrlState {
  const params = paramsOf(search, hash);
  const notices: string[] = [];
  const latest = context.dates[context.dates.length - 1]!;

  let date = latest;
  const requestedDate = params.get('date');
  if (requestedDate !== null) {
    if (context.dates.includes(requestedDate)) date = requestedDate;
    else if (/^\d{4}-\d{2}-\d{2}$/.test(requestedDate)) {
      const nearest = nearestDate(context.dates, requestedDate);
      date = nearest;
      notices.push(
        `The map has no data for ${requestedDate}; showing the nearest day with data, ${nearest}.`,
      );
    } else {
      notices.push(
        `The date ${quoted(requestedDate)} is not a date of the form YYYY-MM-DD; showing the latest, ${latest}.`,
      );
    }
  }

  const theme = themeOf(params);
  const requestedTheme = params.get('theme');
  if (theme === null && requestedTheme !== null) {
    notices.push(
      `The theme ${quoted(requestedTheme)} is not “light” or “dark”; following your system setting.`,
    );
  }
  return { state: { date, theme }, notices };
}

/**
 * The theme alone, readable before any data has loaded so the page never flashes in the wrong one.
 * Null: follow the reader's system setting.
 */
export function requestedTheme(search: string, hash: string): Theme | null {
  return themeOf(paramsOf(search, hash));
}

function themeOf(params: URLSearchParams): Theme | null {
  const value = params.get('theme');
  return value === 'light' || value === 'dark' ? value : null;
}

function paramsOf(search: string, hash: string): URLSearchParams {
  return new URLSearchParams(search.length > 1 ? search : hash.replace(/^#/, ''));
}

/** The query string for a state: only what differs from the defaults, so shared links stay short. */
export function toSearch(state: UrlState, context: UrlContext): string {
  const params = new URLSearchParams();
  if (state.date !== context.dates[context.dates.length - 1]) params.set('date', state.date);
  if (state.theme) params.set('theme', state.theme);
  const text = params.toString();
  return text ? `?${text}` : '';
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
