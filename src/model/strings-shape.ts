import type { Lang } from './format-figures.ts';
import type { Role } from './editorial-data.ts';
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
    /** The checkbox that passes the reader's colour theme on in the copied link. */
    linkWithTheme: string;
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
  /** The way from a region's callout on the embedded map to its full panel. */
  openRegionPanel: string;
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
