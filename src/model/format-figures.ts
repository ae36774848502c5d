export type Lang = 'en' | 'uk';

const locales: Record<Lang, string> = { en: 'en-GB', uk: 'uk-UA' };

/**
 * Formatters are made once per language and kind: `toLocaleString` with options makes a new one
 * on every call, which cost the first view about 70 ms of the timeline's month labels.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `date ${lang} ${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locales[lang], options)));
  return format;
}

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `number ${lang} ${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locales[lang], options)));
  return format;
}

/** "19,750 km²" — whole square kilometres; tenths would claim more precision than the sources have. */
export function formatKm2(km2: number, lang: Lang = 'en'): string {
  const unit = lang === 'uk' ? 'км²' : 'km²';
  return `${numberFormat(lang, {}).format(Math.round(km2))} ${unit}`;
}

/** "18.8%" with one decimal. */
export function formatPercent(share: number, lang: Lang = 'en'): string {
  const format = numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${format.format(share * 100)}%`;
}

/** "22 August 2026" for an ISO date, read as a calendar day (no time zone shift). */
export function formatDate(isoDate: string, lang: Lang = 'en'): string {
  return dateFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** "18 Dec" (uk "18 груд."): a marker's short label; with `year`, "23 Feb 2022". */
export function formatShortDate(isoDate: string, lang: Lang = 'en', year = false): string {
  return dateFormat(lang, {
    day: 'numeric',
    month: 'short',
    ...(year ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** A month ("YYYY-MM") as a tick's label, "Apr" (uk "квіт."), or in full, "April 2025". */
export function formatMonth(month: string, lang: Lang = 'en', full = false): string {
  return dateFormat(lang, {
    month: full ? 'long' : 'short',
    ...(full ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${month}-15T12:00:00Z`));
}
