import type { ChangeKm2 } from './change-between.ts';
import {
  formatDate,
  formatKm2,
  formatWholeKm2,
  KM2,
  UNIT_SPACE,
  type Lang,
} from './format-figures.ts';

/** The words of a comparison of two days, in English and Ukrainian (see strings.ts). */
export interface CompareStrings {
  taken: string;
  regained: string;
  sinceLine: (since: string) => string;
  /** "Between 16 May 2025 and 12 August 2025, Russia took …; Ukraine regained …; net +…." */
  summary: (since: string, date: string, takenKm2: number, regainedKm2: number) => string;
  /** The same for one unit, named. */
  unit: (name: string, takenKm2: number, regainedKm2: number) => string;
  /** The panel's heading over a unit's change: "Between 16 May 2025 and 12 August 2025". */
  between: (since: string, date: string) => string;
  net: string;
  /** The downloaded picture's title, before "Between … and …". */
  pictureTitle: string;
  /** The daily figures' net and what the reconciliation and the drawing's simplification moved. */
  figuresNote: (c: FiguresNote) => string;
  takenColumn: string;
  regainedColumn: string;
  netColumn: string;
  /** The compare control: a list of the sources' dates, a date field and a button to stop. */
  group: string;
  compareWith: string;
  noComparison: string;
  sinceField: string;
  clear: string;
  /** One shortcut: the scenario titles of a date the sources speak of, and the date. */
  shortcut: (titles: string, date: string) => string;
  placesHeading: (count: number) => string;
  noPlaces: string;
  placeEvent: (name: string, kind: 'taken' | 'regained', date: string, byDate: boolean) => string;
}

export interface FiguresNote {
  since: string;
  date: string;
  heldSinceKm2: number;
  heldDateKm2: number;
  figuresNetKm2: number;
  reconciledSinceKm2: number;
  reconciledDateKm2: number;
  reconciledMovedKm2: number;
  /** Drawn net − figures' net. */
  drawnMinusFiguresKm2: number;
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

/**
 * "+1,252 km²", "−48 km²", "0 km²" (without the symbol, "+1,252"): a net change always carries
 * its sign.
 */
export function signedKm2(km2: number, lang: Lang, symbol = true): string {
  const rounded = Math.round(km2);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  const figure = symbol
    ? formatKm2(Math.abs(rounded), lang)
    : formatWholeKm2(Math.abs(rounded), lang);
  return `${sign}${figure}`;
}

/**
 * A change's net as said beside its parts, each rounded to the square kilometre: the difference of
 * the rounded parts, so that what is read adds up ("took 2,682 km², regained 7 km²: net +2,675
 * km²", where 2,674.2 unrounded would round to one less). The downloads keep tenths.
 */
export function signedNetKm2(taken: number, regained: number, lang: Lang, symbol = true): string {
  return signedKm2(Math.round(taken) - Math.round(regained), lang, symbol);
}

const tenths = (km2: number, lang: Lang) =>
  `${km2.toLocaleString(lang === 'uk' ? 'uk-UA' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}${UNIT_SPACE}${KM2[lang]}`;

export const compareStrings: Record<Lang, CompareStrings> = {
  en: {
    taken: 'Taken by Russia',
    regained: 'Regained by Ukraine',
    sinceLine: (since) => `Line of ${formatDate(since)}`,
    summary: (since, date, taken, regained) =>
      `Between ${formatDate(since)} and ${formatDate(date)}, Russia took ${formatKm2(taken)} and ` +
      `Ukraine regained ${formatKm2(regained)}: net ${signedNetKm2(taken, regained, 'en')} held by Russia.`,
    unit: (name, taken, regained) =>
      `${name}: taken ${formatKm2(taken)}, regained ${formatKm2(regained)}, net ${signedNetKm2(taken, regained, 'en')}.`,
    between: (since, date) => `Between ${formatDate(since)} and ${formatDate(date)}`,
    net: 'Net, held by Russia',
    pictureTitle: 'Ukraine: land taken and regained',
    figuresNote: (c) =>
      `By the daily figures, measured on the full-detail line: ${formatKm2(c.heldSinceKm2)} → ` +
      `${formatKm2(c.heldDateKm2)}, net ${signedKm2(c.figuresNetKm2, 'en')}. Both days include the land ` +
      `the border reconciliation adds (${tenths(c.reconciledSinceKm2, 'en')} on ${formatDate(c.since)}, ` +
      `${tenths(c.reconciledDateKm2, 'en')} on ${formatDate(c.date)}), so it accounts for ` +
      `${tenths(Math.abs(c.reconciledMovedKm2), 'en')} of the change. The shapes on the map are ` +
      `simplified for drawing, which moves the net by ${tenths(Math.abs(c.drawnMinusFiguresKm2), 'en')}.`,
    takenColumn: 'Taken by Russia',
    regainedColumn: 'Regained by Ukraine',
    netColumn: 'Net',
    group: 'Compare two days',
    compareWith: 'Change since',
    noComparison: 'No comparison',
    sinceField: 'or since',
    clear: 'Stop comparing',
    shortcut: (titles, date) =>
      titles.includes(formatDate(date)) ? titles : `${titles} (${formatDate(date)})`,
    placesHeading: (count) =>
      count === 1
        ? '1 place changed hands'
        : `${count.toLocaleString('en-GB')} places changed hands`,
    noPlaces: 'None of the places on the map changed hands.',
    placeEvent: (name, kind, date, byDate) =>
      `${name}: ${kind === 'taken' ? 'taken by Russia' : 'regained by Ukraine'}, ${byDate ? 'by ' : ''}${formatDate(date)}`,
  },
  uk: {
    taken: 'Захоплено Росією',
    regained: 'Звільнено Україною',
    sinceLine: (since) => `Лінія на ${formatDate(since, 'uk')}`,
    summary: (since, date, taken, regained) =>
      `Між ${formatDate(since, 'uk')} і ${formatDate(date, 'uk')} Росія захопила ${formatKm2(taken, 'uk')}, ` +
      `Україна звільнила ${formatKm2(regained, 'uk')}: під контролем Росії ${signedNetKm2(taken, regained, 'uk')}.`,
    unit: (name, taken, regained) =>
      `${name}: захоплено ${formatKm2(taken, 'uk')}, звільнено ${formatKm2(regained, 'uk')}, разом ${signedNetKm2(taken, regained, 'uk')}.`,
    between: (since, date) => `Між ${formatDate(since, 'uk')} і ${formatDate(date, 'uk')}`,
    net: 'Разом під контролем Росії',
    pictureTitle: 'Україна: захоплене і звільнене',
    figuresNote: (c) =>
      `За щоденними цифрами, виміряними на детальній лінії: ${formatKm2(c.heldSinceKm2, 'uk')} → ` +
      `${formatKm2(c.heldDateKm2, 'uk')}, разом ${signedKm2(c.figuresNetKm2, 'uk')}. Обидва дні містять ` +
      `землю, яку додає узгодження кордонів (${tenths(c.reconciledSinceKm2, 'uk')} станом на ` +
      `${formatDate(c.since, 'uk')}, ${tenths(c.reconciledDateKm2, 'uk')} станом на ${formatDate(c.date, 'uk')}), ` +
      `тож воно дає ${tenths(Math.abs(c.reconciledMovedKm2), 'uk')} зміни. Форми на мапі спрощені ` +
      `для малювання, що змінює підсумок на ${tenths(Math.abs(c.drawnMinusFiguresKm2), 'uk')}.`,
    takenColumn: 'Захоплено Росією',
    regainedColumn: 'Звільнено Україною',
    netColumn: 'Разом',
    group: 'Порівняти два дні',
    compareWith: 'Зміни від',
    noComparison: 'Без порівняння',
    sinceField: 'або від',
    clear: 'Припинити порівняння',
    shortcut: (titles, date) =>
      titles.includes(formatDate(date, 'uk').replace(/\sр\.$/u, ''))
        ? titles
        : `${titles} (${formatDate(date, 'uk')})`,
    placesHeading: (count) =>
      `Населених пунктів, що змінили контроль: ${count.toLocaleString('uk-UA')}`,
    noPlaces: 'Жоден населений пункт на мапі не змінив контролю.',
    placeEvent: (name, kind, date, byDate) =>
      `${name}: ${kind === 'taken' ? 'захоплено Росією' : 'звільнено Україною'}, ${byDate ? 'не пізніше ' : ''}${formatDate(date, 'uk')}`,
  },
};
