export type Lang = 'en' | 'uk';

const locales: Record<Lang, string> = { en: 'en-GB', uk: 'uk-UA' };

/** The formats the app writes dates and numbers in, each made once per language (`formatter`). */
const DATE_STYLES = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  shortDay: { day: 'numeric', month: 'short', timeZone: 'UTC' },
  shortDayAndYear: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  shortMonth: { month: 'short', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const NUMBER_STYLES = {
  whole: {},
  tenths: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  asWritten: { maximumFractionDigits: 2 },
} satisfies Record<string, Intl.NumberFormatOptions>;

/**
 * Formatters are made once per language and style: `toLocaleString` with options makes a new one
 * on every call, which cost the first view about 70 ms of the timeline's month labels; and they are
 * found by the style's name, not by its options written out (the timeline formats every date).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(lang: Lang, style: keyof typeof DATE_STYLES): Intl.DateTimeFormat {
  const key = `date ${lang} ${style}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format)
    formatters.set(key, (format = new Intl.DateTimeFormat(locales[lang], DATE_STYLES[style])));
  return format;
}

function numberFormat(lang: Lang, style: keyof typeof NUMBER_STYLES): Intl.NumberFormat {
  const key = `number ${lang} ${style}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format)
    formatters.set(key, (format = new Intl.NumberFormat(locales[lang], NUMBER_STYLES[style])));
  return format;
}

/** The square kilometre's symbol in each language. */
export const KM2: Record<Lang, string> = { en: 'km²', uk: 'км²' };

/**
 * Between a figure and its unit: a no-break space, so that a narrow panel never ends a line with
 * "113 318" and starts the next with "км²".
 */
export const UNIT_SPACE = '\u00a0';

/** "19,750 km²" — whole square kilometres; tenths would claim more precision than the sources have. */
export function formatKm2(km2: number, lang: Lang = 'en'): string {
  return `${formatWholeKm2(km2, lang)}${UNIT_SPACE}${KM2[lang]}`;
}

/** "19,750": whole square kilometres without their symbol, for a table whose headings give it. */
export function formatWholeKm2(km2: number, lang: Lang = 'en'): string {
  return numberFormat(lang, 'whole').format(Math.round(km2));
}

/**
 * "18.8%" with one decimal; a share above nothing that one decimal would show as "0.0%" is
 * "<0.1%" (150 km² of Ukraine is not nothing).
 */
export function formatPercent(share: number, lang: Lang = 'en'): string {
  if (share > 0 && share < 0.0005) return `<${numberFormat(lang, 'tenths').format(0.1)}%`;
  return `${numberFormat(lang, 'tenths').format(share * 100)}%`;
}

/** "30%", "30.5%": a percentage as a source wrote it, with no decimals it did not give. */
export function formatStatedPercent(percent: number, lang: Lang = 'en'): string {
  return `${numberFormat(lang, 'asWritten').format(percent)}%`;
}

/** "22 August 2026" for an ISO date, read as a calendar day (no time zone shift). */
export function formatDate(isoDate: string, lang: Lang = 'en'): string {
  return yearMarkKept(dateFormat(lang, 'day').format(new Date(`${isoDate}T12:00:00Z`)));
}

/**
 * A Ukrainian date's "р." (year) on the line of its year: a no-break space before it, so that a
 * narrow panel never starts a line with it.
 */
const yearMarkKept = (date: string) => date.replace(/ р\.$/, '\u00a0р.');

/**
 * `text` closed with a full stop, unless it ends with one already: a Ukrainian date ends with its
 * own ("12 серпня 2025 р."), and a sentence that ends with the date takes no second.
 */
export function endSentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** "18 Dec" (uk "18 груд."): a marker's short label; with `year`, "23 Feb 2022". */
export function formatShortDate(isoDate: string, lang: Lang = 'en', year = false): string {
  const style = year ? 'shortDayAndYear' : 'shortDay';
  return yearMarkKept(dateFormat(lang, style).format(new Date(`${isoDate}T12:00:00Z`)));
}

/** A month ("YYYY-MM") as a tick's label, "Apr" (uk "квіт."), or in full, "April 2025". */
export function formatMonth(month: string, lang: Lang = 'en', full = false): string {
  const style = full ? 'month' : 'shortMonth';
  return yearMarkKept(dateFormat(lang, style).format(new Date(`${month}-15T12:00:00Z`)));
}
