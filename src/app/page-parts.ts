import type { MapView } from '../map/map-view.ts';
import { embedSnippets } from '../model/embed-snippets.ts';
import { timelineEvents } from '../model/timeline.ts';
import { defaultDateOf, type Theme, type UrlState } from '../model/url-state.ts';
import { createPlaceSearch } from '../model/place-search.ts';
import { CompareBar } from '../ui/compare-bar.ts';
import { FiguresTable } from '../ui/figures-table.ts';
import { PlaceSearchBox } from '../ui/place-search-box.ts';
import { RegionList } from '../ui/region-list.ts';
import { ScenarioPicker } from '../ui/scenario-picker.ts';
import { SharePanel } from '../ui/share-panel.ts';
import { TimelineSlider } from '../ui/timeline-slider.ts';
import { element } from './element.ts';
import type { AppData } from './load-app-data.ts';
import { PageChrome } from './page-chrome.ts';
import type { HistoryMode, UrlRouter } from './url-router.ts';
import { ViewFiles, type ViewNow } from './view-files.ts';

/** The parts of the page that outlive any one view: made once the data is there. */
export interface PageParts {
  chrome: PageChrome;
  picker: ScenarioPicker;
  timeline: TimelineSlider;
  regions: RegionList;
  table: FiguresTable;
  share: SharePanel;
  search: PlaceSearchBox;
  compare: CompareBar;
}

/** What the parts ask of the app: the view now, and changes to it. */
export interface PartsHost {
  state(): UrlState;
  theme(): Theme;
  map(): MapView;
  /** With `since`: the change shown and its sentence, once computed. */
  compared(): ViewNow['compared'];
  change(partial: Partial<UrlState>, mode: HistoryMode, focusDetails?: boolean): void;
  applyTheme(): void;
}

/**
 * The page's chrome (language, theme, credits): made first, as the map's first view needs the
 * theme and the language; the other parts are made once the map is drawn (makePageParts).
 */
export function makePageChrome(data: AppData, host: PartsHost): PageChrome {
  return new PageChrome(data.manifest.credits, {
    switchLang: () => host.change({ lang: host.state().lang === 'en' ? 'uk' : 'en' }, 'push'),
    switchTheme: () => host.change({ theme: host.theme() === 'dark' ? 'light' : 'dark' }, 'push'),
    systemThemeChanged: () => host.applyTheme(),
  });
}

/** Each part, wired to the change a reader's action on it makes. */
export function makePageParts(
  data: AppData,
  router: UrlRouter,
  host: PartsHost,
  chrome: PageChrome,
): PageParts {
  const { manifest, editorial, figures, days } = data;
  const files = new ViewFiles(data, () => ({
    state: host.state(),
    theme: host.theme(),
    map: host.map(),
    compared: host.compared(),
  }));
  return {
    chrome,
    picker: new ScenarioPicker(element('scenarios'), editorial.scenarios, (scenario) =>
      host.change(
        { scenario, date: defaultDateOf(scenario, router.context), region: null },
        'push',
      ),
    ),
    timeline: new TimelineSlider(
      element('timeline'),
      days,
      manifest.ukraineKm2,
      manifest.references.length,
      timelineEvents(editorial, router.context.dates),
      (date) => host.change({ date }, 'replace'),
    ),
    regions: new RegionList(element('regions'), figures, (iso) =>
      host.change({ region: iso }, 'push', true),
    ),
    table: new FiguresTable(element('figures'), figures, manifest.ukraineKm2),
    search: new PlaceSearchBox(
      element('place-search'),
      createPlaceSearch(data.places.places, figures.units),
      (result) =>
        host.change(
          result.kind === 'place'
            ? { place: result.id, region: null }
            : { region: result.id, place: null },
          'push',
          true,
        ),
    ),
    compare: new CompareBar(element('compare'), router.context.dates, (since) =>
      host.change({ since }, 'push'),
    ),
    share: new SharePanel(element('share'), {
      // The theme is the reader's own unless they ask to pass it on.
      link: (withTheme) =>
        new URL(
          router.address({
            ...host.state(),
            embed: false,
            theme: withTheme ? host.theme() : null,
          }),
          location.href,
        ).href,
      snippets: () => embedSnippets(new URL(location.pathname, location.href).href, host.state()),
      png: (ratio) => files.picture(ratio),
      geojson: () => files.areas(),
      csv: () => files.figures(),
      openData: manifest.files.open.map((path) => data.client.href(path)),
    }),
  };
}
