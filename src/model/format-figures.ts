export type Lang = 'en' | 'uk';

const locales: Record<Lang, string> = { en: 'en-GB', uk: 'uk-UA' };

/** "19,750 km²" — whole square kilometres; tenths would claim more precision than the sources have. */
export function formatKm2(km2: number, lang: Lang = 'en'): string {
  const unit = lang === 'uk' ? 'км²' : 'km²';
  return `${Math.round(km2).toLocaleString(locales[lang])} ${unit}`;
}

/** "18.8%" with one decimal. */
export function formatPercent(share: number, lang: Lang = 'en'): string {
  return `${(share * 100).toLocaleString(locales[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}

/** "22 August 2026" for an ISO date, read as a calendar day (no time zone shift). */
export function formatDate(isoDate: string, lang: Lang = 'en'): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(locales[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "18 Dec" (uk "18 груд."): a marker's short label; with `year`, "23 Feb 2022". */
export function formatShortDate(isoDate: string, lang: Lang = 'en', year = false): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(locales[lang], {
    day: 'numeric',
    month: 'short',
    ...(year ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}

/** A month ("YYYY-MM") as a tick's label, "Apr" (uk "квіт."), or in full, "April 2025". */
export function formatMonth(month: string, lang: Lang = 'en', full = false): string {
  return new Date(`${month}-15T12:00:00Z`).toLocaleDateString(locales[lang], {
    month: full ? 'long' : 'short',
    ...(full ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}
