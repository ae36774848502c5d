import { formatDate, type Lang, endSentence } from './format-figures.ts';

/** The timeline's own words in English and Ukrainian (beside strings.ts, as compare-strings.ts). */
export interface TimelineStrings {
  /** The date field's label. */
  goTo: string;
  /** Said (aria-live) when a typed date is shown as it is. */
  showing: (date: string) => string;
  /** Said when a typed date has no map and the nearest date with one is shown instead. */
  nearest: (wanted: string, shown: string) => string;
  /** Said when the field holds no full date: what was expected. */
  invalid: (first: string, last: string) => string;
  play: string;
  pause: string;
  /** The name of the group of month and year ticks. */
  months: string;
  /** Said after the reference day's visible date: what that line is. */
  reference: string;
  /** Said after a group's visible count: what it holds. */
  group: (count: number, from: string, to: string) => string;
}

export const timelineStrings: Record<Lang, TimelineStrings> = {
  en: {
    goTo: 'Go to date',
    showing: (date) => `Showing ${formatDate(date)}.`,
    nearest: (wanted, shown) =>
      `No map for ${formatDate(wanted)}: showing ${formatDate(shown)}, the nearest date with one.`,
    invalid: (first, last) =>
      `Not a full date: expected a day, month and year between ${formatDate(first)} and ${formatDate(last)}.`,
    play: 'Play',
    pause: 'Pause',
    months: 'Months',
    reference: ', the line before the full invasion',
    group: (count, from, to) =>
      ` ${count === 1 ? 'date' : 'dates'} in the sources, ${formatDate(from)} to ${formatDate(to)}`,
  },
  uk: {
    goTo: 'Перейти до дати',
    showing: (date) => endSentence(`Показано ${formatDate(date, 'uk')}`),
    nearest: (wanted, shown) =>
      endSentence(
        `Мапи на ${formatDate(wanted, 'uk')} немає: показано найближчу дату, ${formatDate(shown, 'uk')}`,
      ),
    invalid: (first, last) =>
      endSentence(
        `Дата неповна: потрібні день, місяць і рік між ${formatDate(first, 'uk')} і ${formatDate(last, 'uk')}`,
      ),
    play: 'Відтворити',
    pause: 'Пауза',
    months: 'Місяці',
    reference: ', лінія до повномасштабного вторгнення',
    group: (count, from, to) =>
      ` ${count % 10 >= 2 && count % 10 <= 4 && (count % 100 < 12 || count % 100 > 14) ? 'дати' : 'дат'} із джерел, ${formatDate(from, 'uk')} – ${formatDate(to, 'uk')}`,
  },
};
