import { formatDate, type Lang, endSentence } from './format-figures.ts';
import type { HeldPeriod } from './places-data.ts';

/**
 * The words of search, the place panel and the places an area includes, in English and Ukrainian
 * (kept beside strings.ts so the two can grow apart without conflict). History sentences always
 * name the source of the line and say that only the centre point is tested.
 */
export interface PlaceStrings {
  searchLabel: string;
  searchPlaceholder: string;
  searchHint: string;
  resultCount: (count: number) => string;
  noResults: (query: string) => string;
  unitKind: string;
  alsoWritten: (spelling: string) => string;
  region: string;
  population: (population: number | null, dataset: string) => string;
  onShownDate: (status: 'inside' | 'outside' | 'unknown', date: string, source: string) => string;
  historyHeading: string;
  /** Over the quotes that name the place, with the days their sources were published, oldest first. */
  quotesHeading: (dates: string[]) => string;
  period: (period: HeldPeriod, seriesFirst: string, source: string) => string;
  neverInside: (first: string, last: string, source: string) => string;
  preInvasion: string;
  caveat: string;
  areaPlacesHeading: string;
  areaPlaces: (names: string[], more: number, people: number, dataset: string) => string;
  placesCsv: string;
}

const number = (n: number, lang: Lang) => n.toLocaleString(lang === 'uk' ? 'uk-UA' : 'en-GB');

/** Ukrainian nouns after a number: 1, 21 пункт; 2–4, 22–24 пункти; 5–20, 25… пунктів. */
const ukCount = (n: number, [one, few, many]: [string, string, string]) =>
  new Intl.PluralRules('uk').select(n) === 'one'
    ? one
    : new Intl.PluralRules('uk').select(n) === 'few'
      ? few
      : many;

const list = (names: string[], more: number, and: string, moreWord: (n: number) => string) =>
  more > 0
    ? `${names.join(', ')} ${and} ${moreWord(more)}`
    : names.length > 1
      ? `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`
      : names.join('');

const en: PlaceStrings = {
  searchLabel: 'Find a place',
  searchPlaceholder: 'Town or region, e.g. Pokrovsk',
  searchHint: 'Type a name in English or Ukrainian; choose with the arrow keys and Enter.',
  resultCount: (n) => (n === 1 ? '1 place found' : `${n} places found`),
  noResults: (query) => `No town or region called “${query}” on this map.`,
  unitKind: 'Region',
  alsoWritten: (spelling) => `also written ${spelling}`,
  region: 'Region',
  population: (population, dataset) =>
    population === null
      ? `${dataset} gives no population figure.`
      : `Population ${number(population, 'en')} as ${dataset} gives it (of no stated year; not a current figure).`,
  onShownDate: (status, date, source) =>
    status === 'unknown'
      ? `The daily series does not cover ${formatDate(date, 'en')}.`
      : `${status === 'inside' ? 'Inside' : 'Outside'} the line of Russian-held territory on ${formatDate(date, 'en')} (${source}).`,
  historyHeading: 'Day by day',
  quotesHeading: (dates) =>
    dates.length === 1
      ? `What the sources said on ${formatDate(dates[0]!)}`
      : `What the sources said, ${formatDate(dates[0]!)} to ${formatDate(dates.at(-1)!)}`,
  period: ([from, until], first, source) => {
    const since =
      from === null
        ? `since before ${formatDate(first, 'en')}, when the daily map begins`
        : `since ${formatDate(from, 'en')}`;
    return until === null
      ? `Inside the line of Russian-held territory ${since} (${source}).`
      : `Inside the line of Russian-held territory ${since}; outside it again from ${formatDate(until, 'en')} (${source}).`;
  },
  neverInside: (first, last, source) =>
    `Outside the line of Russian-held territory on every day from ${formatDate(first, 'en')} to ${formatDate(last, 'en')} (${source}).`,
  preInvasion: 'Also inside the line of 23 February 2022, before the full-scale invasion.',
  caveat:
    'Only the town’s centre point is tested: inside the line does not mean the whole town is held, nor outside it that none of it is.',
  areaPlacesHeading: 'Towns and cities inside',
  areaPlaces: (names, more, people, dataset) =>
    `This area includes ${list(names, more, 'and', (n) => `${n} more ${n === 1 ? 'place' : 'places'} on the map`)}: ${number(people, 'en')} people as ${dataset} counts them, most of its figures from before the full-scale invasion.`,
  placesCsv: 'Places and their histories (CSV)',
};

const uk: PlaceStrings = {
  searchLabel: 'Знайти місце',
  searchPlaceholder: 'Місто чи регіон: Покровськ',
  searchHint: 'Введіть назву українською чи англійською; оберіть стрілками й Enter.',
  resultCount: (n) => `Знайдено: ${n}`,
  noResults: (query) => `На мапі немає міста чи регіону з назвою «${query}».`,
  unitKind: 'Регіон',
  alsoWritten: (spelling) => `також пишуть ${spelling}`,
  region: 'Регіон',
  population: (population, dataset) =>
    population === null
      ? `${dataset} не наводить кількості населення.`
      : `Населення ${number(population, 'uk')} за даними ${dataset} (рік не вказано; це не поточна цифра).`,
  onShownDate: (status, date, source) =>
    status === 'unknown'
      ? endSentence(`Щоденний ряд даних не охоплює ${formatDate(date, 'uk')}`)
      : `${status === 'inside' ? 'Усередині лінії' : 'Поза лінією'} окупованої Росією території на ${formatDate(date, 'uk')} (${source}).`,
  historyHeading: 'День за днем',
  quotesHeading: (dates) =>
    dates.length === 1
      ? `Що писали джерела ${formatDate(dates[0]!, 'uk')}`
      : `Що писали джерела з ${formatDate(dates[0]!, 'uk')} по ${formatDate(dates.at(-1)!, 'uk')}`,
  period: ([from, until], first, source) => {
    const since =
      from === null
        ? `ще до ${formatDate(first, 'uk')}, коли починається щоденна мапа`
        : `з ${formatDate(from, 'uk')}`;
    return until === null
      ? `Усередині лінії окупованої Росією території ${since} (${source}).`
      : `Усередині лінії окупованої Росією території ${since}; знову поза нею з ${formatDate(until, 'uk')} (${source}).`;
  },
  neverInside: (first, last, source) =>
    `Поза лінією окупованої Росією території в усі дні з ${formatDate(first, 'uk')} до ${formatDate(last, 'uk')} (${source}).`,
  preInvasion: 'Також усередині лінії 23 лютого 2022 року, до повномасштабного вторгнення.',
  caveat:
    'Перевіряється лише центральна точка населеного пункту: усередині лінії не означає, що окуповано весь населений пункт, а поза нею — що не окуповано жодної його частини.',
  areaPlacesHeading: 'Міста й селища в межах',
  areaPlaces: (names, more, people, dataset) =>
    `Ця територія охоплює ${list(names, more, 'та', (n) => `ще ${n} ${ukCount(n, ['населений пункт', 'населені пункти', 'населених пунктів'])} на мапі`)}: ${number(people, 'uk')} ${ukCount(people, ['мешканець', 'мешканці', 'мешканців'])} за даними ${dataset}, здебільшого ще з часів до повномасштабного вторгнення.`,
  placesCsv: 'Населені пункти та їхня історія (CSV)',
};

export const placeStrings: Record<Lang, PlaceStrings> = { en, uk };
