import type { ChangeKm2 } from './change-between.ts';
import { formatDate, formatKm2, type Lang } from './format-figures.ts';

/** The words of a comparison of two days, in English and Ukrainian (see strings.ts). */
export interface CompareStrings {
  taken: string;
  regained: string;
  sinceLine: (since: string) => string;
  /** "Between 16 May 2025 and 12 August 2025, Russia took …; Ukraine regained …; net +…." */
  summary: (since: string, date: string, takenKm2: number, regainedKm2: number) => string;
  /** The same for one unit, named. */
  unit: (name: string, takenKm2: number, regainedKm2: number) => string;
}

/**
 * What a comparison adds to the summary: the change in all of Ukraine and, with a unit selected,
 * in that unit (named in the reader's language).
 */
export function compareSentence(
  change: ChangeKm2 & { byUnit: Record<string, ChangeKm2> },
  since: string,
  date: string,
  unit: { iso: string; name: string } | null,
  lang: Lang,
): string {
  const t = compareStrings[lang];
  const whole = t.summary(since, date, change.takenKm2, change.regainedKm2);
  if (!unit) return whole;
  const inUnit = change.byUnit[unit.iso] ?? { takenKm2: 0, regainedKm2: 0 };
  return `${whole} ${t.unit(unit.name, inUnit.takenKm2, inUnit.regainedKm2)}`;
}

/** "+1,252 km²", "−48 km²", "0 km²": a net change always carries its sign. */
export function signedKm2(km2: number, lang: Lang): string {
  const rounded = Math.round(km2);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${sign}${formatKm2(Math.abs(rounded), lang)}`;
}

export const compareStrings: Record<Lang, CompareStrings> = {
  en: {
    taken: 'Taken by Russia',
    regained: 'Regained by Ukraine',
    sinceLine: (since) => `Line of ${formatDate(since)}`,
    summary: (since, date, taken, regained) =>
      `Between ${formatDate(since)} and ${formatDate(date)}, Russia took ${formatKm2(taken)} and ` +
      `Ukraine regained ${formatKm2(regained)}: net ${signedKm2(taken - regained, 'en')} held by Russia.`,
    unit: (name, taken, regained) =>
      `${name}: taken ${formatKm2(taken)}, regained ${formatKm2(regained)}, net ${signedKm2(taken - regained, 'en')}.`,
  },
  uk: {
    taken: 'Захоплено Росією',
    regained: 'Звільнено Україною',
    sinceLine: (since) => `Лінія ${formatDate(since, 'uk')}`,
    summary: (since, date, taken, regained) =>
      `Між ${formatDate(since, 'uk')} і ${formatDate(date, 'uk')} Росія захопила ${formatKm2(taken, 'uk')}, ` +
      `Україна звільнила ${formatKm2(regained, 'uk')}: під контролем Росії ${signedKm2(taken - regained, 'uk')}.`,
    unit: (name, taken, regained) =>
      `${name}: захоплено ${formatKm2(taken, 'uk')}, звільнено ${formatKm2(regained, 'uk')}, разом ${signedKm2(taken - regained, 'uk')}.`,
  },
};
