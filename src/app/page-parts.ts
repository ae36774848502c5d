import type { FrameMessages } from '../embed/frame-messages.ts';
import type { MapView } from '../map/map-view.ts';
import { daySentence } from '../model/describe-day.ts';
import { embedSnippets } from '../model/embed-snippets.ts';
import { compareShortcuts } from '../model/compare-shortcuts.ts';
import { legendContentOf } from '../model/legend-content.ts';
import { placesChangedBetween } from '../model/places-changed.ts';
import { scenarioView } from '../model/scenario-view.ts';
import { strings } from '../model/strings.ts';
import { timelineEvents } from '../model/timeline.ts';
import { defaultDateOf, type Theme, type UrlNotice, type UrlState } from '../model/url-state.ts';
import { createPlaceSearch } from '../model/place-search.ts';
import { palettes } from '../style/palette.ts';
import { CompareBar } from '../ui/compare-bar.ts';
import { FiguresTable } from '../ui/figures-table.ts';
import { keepInPlace } from '../ui/keep-in-place.ts';
import { PlaceSearchBox } from '../ui/place-search-box.ts';
import type { RegionCallout } from '../ui/region-callout.ts';
import { RegionList } from '../ui/region-list.ts';
import { besideMap } from '../ui/reveal-beside.ts';
import { renderLegend } from '../ui/render-legend.ts';
import { renderSummary } from '../ui/render-summary.ts';
import { ScenarioPicker } from '../ui/scenario-picker.ts';
import { SharePanel } from '../ui/share-panel.ts';
import { TimelineSlider } from '../ui/timeline-slider.ts';
import { placeLine, renderDetailsPanel } from './details-panel.ts';
import { element } from './element.ts';
import type { AppData } from './load-app-data.ts';
import type { PageChrome } from './page-chrome.ts';
import type { HistoryMode, UrlRouter } from './url-router.ts';
import { ViewFiles, type ViewNow } from './view-files.ts';

/** What the parts ask of the app: the view now, and changes to it. */
export interface PartsHost {
  state(): UrlState;
  theme(): Theme;
  map(): MapView;
  /** With `since`: the change shown and its sentence, once computed. */
  compared(): ViewNow['compared'];
  /** What the page says about the address the view came from. */
  notices(): UrlNotice[];
  change(partial: Partial<UrlState>, mode: HistoryMode, focusDetails?: boolean): void;
  applyTheme(): void;
}

/** Around the parts: a clicked region's callout, and in an article the host page's channel. */
export interface PartsAround {
  callout: RegionCallout | null;
  frame: FrameMessages | null;
}

/**
 * The parts of the page beside and below the map (scenarios, timeline, regions, figures, details,
 * search, comparison, sharing), made once the map's first view is drawn. This module is a chunk
 * of its own, which the app asks for as it starts: the script the first view waits for is only
 * what draws the map, and the parts' code is fetched and compiled meanwhile.
 */
export class PageParts {
  private readonly picker: ScenarioPicker;
  private readonly timeline: TimelineSlider;
  private readonly regions: RegionList;
  private readonly table: FiguresTable;
  private readonly share: SharePanel;
  private readonly search: PlaceSearchBox;
  private readonly compare: CompareBar;

  constructor(
    private readonly data: AppData,
    private readonly router: UrlRouter,
    private readonly host: PartsHost,
    private readonly chrome: PageChrome,
    private readonly around: PartsAround,
  ) {
    const { manifest, editorial, figures, days } = data;
    const files = new ViewFiles(data, () => ({
      state: host.state(),
      theme: host.theme(),
      map: host.map(),
      compared: host.compared(),
    }));
    // The scenario buttons and the timeline stay where they were when the reader uses them,
    // whatever changed above them (keepInPlace): the page scrolls, in an embed the article.
    const scenarios = element('scenarios');
    const { frame } = around;
    const scrollBy = frame ? (by: number) => frame.keep(by) : undefined;
    // In an embed the new height goes with the scroll, in one message (FrameMessages.quietly).
    const change = (partial: Partial<UrlState>, mode: HistoryMode) => () =>
      frame ? frame.quietly(() => host.change(partial, mode)) : host.change(partial, mode);
    const still = () => undefined;
    this.picker = new ScenarioPicker(scenarios, editorial.scenarios, (scenario) =>
      keepInPlace(
        scenarios,
        change({ scenario, date: defaultDateOf(scenario, router.context), region: null }, 'push'),
        scrollBy,
      ),
    );
    const timeline = element('timeline');
    this.timeline = new TimelineSlider(
      timeline,
      days,
      manifest.ukraineKm2,
      manifest.references.length,
      timelineEvents(editorial, router.context.dates),
      // A date's sentence may take a line more or less (in Ukrainian at 390 px it is two lines
      // on some dates, three on others): the slider stays under the reader's finger as they drag
      // it. Not while it plays: then the reader watches the map, which would move instead.
      (date, byReader) =>
        keepInPlace(timeline, change({ date }, 'replace'), byReader ? scrollBy : still),
    );
    this.regions = new RegionList(element('regions'), figures, (iso) =>
      host.change({ region: iso }, 'push', true),
    );
    this.table = new FiguresTable(element('figures'), figures, manifest.ukraineKm2);
    this.search = new PlaceSearchBox(
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
    );
    this.compare = new CompareBar(element('compare'), router.context.dates, (since) =>
      host.change({ since }, 'push'),
    );
    this.share = new SharePanel(element('share'), {
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
    });
  }

  /**
   * Takes the reader to the panel they asked for: its heading, focused (and scrolled to); or, for
   * a place chosen on a phone, the place at the map (placeAtMap) with the focus on the way down.
   */
  private focusDetails(heading: HTMLHeadingElement, state: UrlState): void {
    if (this.placeAtMap(state)) this.around.callout!.focusOpen();
    else heading.focus({ preventScroll: false });
  }

  /**
   * Says the open place at the map, in the callout with the way to its panel, where the panel is
   * stacked a screen under the map (a phone): the reader sees the map move to the town and what
   * it is, not the page scroll away from it. False where there is no place, or the panel stands
   * beside the map.
   */
  placeAtMap(state: UrlState): boolean {
    const { callout } = this.around;
    if (!callout || !state.place || besideMap(element('details'), element('map'))) return false;
    const text = placeLine(this.data, state);
    if (!text) return false;
    const t = strings[state.lang];
    callout.show(
      state.place,
      { text, openLabel: t.openRegionPanel, closeLabel: t.close },
      'centre',
    );
    return true;
  }

  /** Everything outside the map, for the view now: cheap to redo on any change. */
  render(focusDetails: boolean): void {
    const { editorial, manifest, days } = this.data;
    const state = this.host.state();
    const { lang, date, scenario, region, since } = state;
    const { callout, frame } = this.around;
    const view = scenarioView(editorial, scenario);
    const day = days.find((d) => d.date === date)!;
    const compared = this.host.compared();
    const change = compared?.change ?? null;
    const summary = daySentence(day, manifest.ukraineKm2, lang);
    // A callout speaks of the view it was opened on; a tap opens it again after this.
    callout?.hide();
    this.picker.update(scenario, lang);
    this.timeline.update(date, lang);
    this.regions.update(date, region, lang);
    renderSummary(
      element('summary'),
      date,
      compared?.sentence ?? summary,
      view.scenario.timeline ? null : view.scenario.title[lang],
    );
    const legend = legendContentOf(view, day, manifest.references[0]!.date, since);
    renderLegend(element('legend'), palettes[this.host.theme()], legend, lang);
    const heading = renderDetailsPanel(
      this.data,
      state,
      (partial, mode, focus) => this.host.change(partial, mode, focus),
      change,
    );
    if (focusDetails) this.focusDetails(heading, state);
    this.table.update(view, date, lang, change && { since: since!, change });
    this.chrome.renderNotices(this.host.notices(), lang, view.scenario.title[lang]);
    this.chrome.renderEmbedLinks(lang, this.router.address({ ...state, embed: false }));
    this.share.update(lang);
    this.search.update(lang);
    this.compare.update({
      since,
      date,
      lang,
      shortcuts: compareShortcuts(editorial, this.router.context.dates, date),
      places: change && placesChangedBetween(this.data.places, since!, date),
    });
    frame?.postState(state, {
      title: view.scenario.title[lang],
      summary,
    });
    // The parts are shown from now on, at their final sizes (issue 18: nothing shifts).
    document.documentElement.dataset.parts = 'ready';
    frame?.postHeight();
  }
}
