import { FrameCommands } from '../embed/frame-commands.ts';
import { FrameMessages } from '../embed/frame-messages.ts';
import { unitTooltip } from '../model/describe-day.ts';
import type { MapView } from '../map/map-view.ts';
import { parseMapCommand } from '../model/map-command.ts';
import { overlaysOf, scenarioView } from '../model/scenario-view.ts';
import { selectionOf } from '../model/selection.ts';
import { strings } from '../model/strings.ts';
import { browserLang, langOfUrl, type UrlNotice, type UrlState } from '../model/url-state.ts';
import { loadStaticLabelFonts } from '../map/label-fonts.ts';
import { palettes } from '../style/palette.ts';
import { setMapRenderer, setMapState } from '../ui/map-state.ts';
import { showNotice } from '../ui/show-notice.ts';
import { RegionCallout } from '../ui/region-callout.ts';
import { revealBeside } from '../ui/reveal-beside.ts';
import { watchCover } from '../ui/watch-cover.ts';
import { createMaplibreMap, createSvgMap } from './create-map.ts';
import { takeOver, takeoverTrigger } from './map-takeover.ts';
import { SwitchingMap } from './switching-map.ts';
import { element } from './element.ts';
import { loadAppData, type FirstViewData } from './load-app-data.ts';
import type { ControlFigures } from '../model/data-manifest.ts';
import { UrlRouter, type HistoryMode } from './url-router.ts';
import { CompareControl } from './compare-control.ts';
import { makePageChrome, type PageChrome } from './page-chrome.ts';
import type * as Parts from './page-parts.ts';

type Polygons = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/**
 * The composition root: wires the data, the page's parts and the map to one state, and keeps the
 * URL and the readiness flag in step with it (DESIGN.md "URL state"). It computes nothing itself:
 * what a view shows is decided in src/model, drawn by src/map and src/ui.
 */
export class App {
  private state: UrlState;
  private notices: UrlNotice[];
  private map!: MapView;
  private readonly chrome: PageChrome;
  /** The parts beside and below the map, made once the map's first view is drawn. */
  private parts: Parts.PageParts | null = null;
  /** What the reader changed before the parts were made (the language, the theme), shown after. */
  private early: Partial<UrlState> | null = null;
  private readonly host: Parts.PartsHost;
  private control: Polygons | null = null;
  /** Increases with every change, so a slow load never overwrites a newer one. */
  private revision = 0;
  /** The embed protocol's sender, when the map is inside another page. */
  private readonly frame: FrameMessages | null = null;
  /** The host page's commands, when the map is inside another page. */
  private readonly commands: FrameCommands | null = null;
  /** The first date's held area, asked for as soon as the URL's date was known: the map starts with it. */
  private readonly firstControl: Promise<Polygons>;
  /** Comparisons of two days (`since`), and the one shown, once computed. */
  private readonly compare: CompareControl;
  /** A clicked or tapped region's name and figure at the map, with the way to its panel. */
  private readonly callout: RegionCallout;
  /** Once the map is in view or touched: until then nothing is fetched beyond the first view. */
  private seen = false;
  /** The date of the last view drawn to ready. */
  private drawnDate: string | null = null;
  /** The daily figures, asked for once the first map is drawn (load-app-data.ts): the parts need them. */
  private figures!: ControlFigures;

  private constructor(
    private readonly data: FirstViewData,
    private readonly router: UrlRouter,
  ) {
    ({ state: this.state, notices: this.notices } = router.read());
    const map = element('map');
    this.callout = new RegionCallout(map.parentElement!, map, () => this.openRegionPanel());
    if (this.state.embed) {
      document.documentElement.dataset.embed = '1';
      if (FrameMessages.embedded()) {
        this.frame = new FrameMessages(window.parent);
        this.commands = new FrameCommands(window.parent, (message) => this.command(message));
      }
    }
    this.firstControl = data.snapshots.first(this.state.date);
    this.compare = new CompareControl(() => data.base.units);
    this.host = {
      state: () => this.state,
      theme: () => this.theme(),
      map: () => this.map,
      compared: () => {
        const change = this.compare.current(this.state);
        const sentence = this.compare.sentence(this.state, this.figures);
        return change && sentence ? { change, sentence } : null;
      },
      notices: () => this.notices,
      change: (partial, mode, focusDetails) => this.change(partial, mode, focusDetails),
      applyTheme: () => this.applyTheme(),
    };
    this.chrome = makePageChrome(data, this.host);
  }

  static async start(): Promise<App> {
    performance.mark('app:start');
    setMapState('loading');
    // The first view's names are set in these fonts: fetched beside the data, not after it, and
    // only the URL's language's (the router reads the same language once the data is in).
    void loadStaticLabelFonts(
      langOfUrl(location.search, location.hash, browserLang(navigator.languages)),
    );
    // The parts beside the map, fetched and compiled while the data comes and the map is drawn.
    const parts = import('./page-parts.ts');
    // Awaited by open(); were the data to fail first, its failure is the one to report.
    parts.catch(() => {});
    const data = await loadAppData();
    const app = new App(data, new UrlRouter(data));
    await app.open(parts);
    return app;
  }

  private async open(partsModule: Promise<typeof Parts>): Promise<void> {
    this.control = await this.firstControl;
    // The first view is the SVG map's (in the main bundle, drawn at once); MapLibre takes over.
    const container = element('map');
    const svg = createSvgMap(container, palettes[this.theme()], this.data, this.state.lang, null);
    const map = new SwitchingMap(svg, palettes[this.theme()]);
    setMapRenderer('svg');
    const trigger = takeoverTrigger(container);
    // Around the date drawn then, not each one before (a host may set many before it is seen).
    void trigger.seen.then(() => {
      this.seen = true;
      if (this.drawnDate) this.data.snapshots.warm(this.drawnDate);
    });
    this.map = map;
    // The map first, the parts beside it after: the reader sees the whole map while they are made
    // (they keep their sizes meanwhile, so nothing moves). A comparison is drawn once it is computed.
    const mapDrawn = !this.state.since;
    if (mapDrawn) await this.drawFirstMap();
    this.figures = await this.data.figures();
    const { PageParts } = await partsModule;
    const data = { ...this.data, figures: this.figures };
    this.parts = new PageParts(data, this.router, this.host, this.chrome, {
      callout: this.callout,
      frame: this.frame,
    });
    this.attach(map);
    // Where the legend lies over the map (a wide screen), no name goes under it: watched from
    // now, when the parts make the legend, not before the first view's map.
    watchCover(element('legend'), container, (boxes) => map.keepClear(boxes));
    this.router.onBackForward((parsed) => {
      this.notices = parsed.notices;
      void this.apply(parsed.state, 'none');
    });
    await this.apply(this.state, 'replace', false, mapDrawn ? this.state : null);
    // A link to a place or a region opens on its panel, beside the map where there is room; on a
    // phone a place is said at the map.
    if (!this.state.embed && (this.state.place || this.state.region))
      revealBeside(element('details'), element('map'), true);
    this.parts.placeAtMap(this.state);
    if (this.early) this.change(this.early, 'push');
    this.commands?.start();
    void this.interactive(map, container, trigger.wanted);
  }

  /** MapLibre, once it is wanted (map-takeover.ts); without WebGL the SVG map stays, with a notice. */
  private async interactive(map: SwitchingMap, container: HTMLElement, wanted: Promise<void>) {
    const { manifest, editorial, base, places } = this.data;
    const drawn = await takeOver(map, container, wanted, (told) =>
      createMaplibreMap(container, told.palette, {
        base,
        control: told.control ?? this.control!,
        bounds: manifest.bounds,
        panLimits: manifest.basemapBounds,
        overlays: overlaysOf(editorial),
        places: places.places,
        cooperativeGestures: this.state.embed,
        controlTexts: { en: strings.en.mapControls, uk: strings.uk.mapControls },
        describeUnit: (iso) => unitTooltip(this.figures, iso, this.state.date, this.state.lang),
        onContextLost: () => void this.fallBackToSvg(),
        lang: told.lang ?? this.state.lang,
      }),
    );
    if (drawn) setMapRenderer('maplibre');
    else if (this.map === map) showNotice(strings[this.state.lang].noWebgl);
  }

  /**
   * A `territory-map:set` from the host page, checked like a URL, answered by the state message
   * every change sends. It replaces the history entry: the iframe's history is the article's.
   */
  private command(message: unknown): void {
    const parsed = parseMapCommand(message, this.state, this.router.context);
    if (!parsed) return;
    this.notices = parsed.notices;
    void this.apply(parsed.state, 'replace');
  }

  /** A map, whichever draws it, takes the reader's clicks. */
  private attach(map: MapView): void {
    this.map = map;
    map.onUnitClick((iso) => {
      this.change({ region: iso }, 'push');
      // The region's panel may be out of sight: folded below the map in an article, a screen
      // further down on a phone, lower in the side panel on a desktop. The region is named where
      // it was clicked, with the way to its panel; a side panel beside the map also scrolls to it.
      if (!this.state.embed) revealBeside(element('details'), element('map'));
      const { date, lang } = this.state;
      this.callout.show(iso, {
        text: unitTooltip(this.figures, iso, date, lang),
        openLabel: strings[lang].openRegionPanel,
        closeLabel: strings[lang].close,
      });
    });
  }

  /** The first view's map alone, with the date's held area; the panels are made after it. */
  private async drawFirstMap(): Promise<void> {
    this.showOnMap(this.state, null);
    await this.map.showControl(this.control!);
    await this.map.rendered();
    // The map is drawn in an animation frame; the browser lays it out and paints it before it
    // runs the next task, and the parts are made in that task, not before the paint.
    await new Promise((resolve) => setTimeout(resolve, 0));
    // What the benchmark compares with MapLibre's empty map (src/tooling/bench/first-ready.ts).
    performance.mark('first-view:map');
  }

  /** The callout's way on: the folded details, opened, with the focus on their heading. */
  private openRegionPanel(): void {
    this.chrome.toggleDetails(true);
    element('details').querySelector<HTMLElement>('h2')?.focus();
  }

  /** A change from the reader: merge it into the state and show it. */
  private change(partial: Partial<UrlState>, mode: HistoryMode, focusDetails = false): void {
    // The masthead's buttons work from the first view on; every change renders the parts, so one
    // made while the map is drawn waits for them (open()), the latest of each kind kept.
    if (!this.parts) {
      this.early = { ...this.early, ...partial };
      return;
    }
    this.early = null;
    this.notices = [];
    // A region chosen on the map or in the list replaces the place whose panel was open.
    const place = 'region' in partial && !('place' in partial) ? { place: null } : {};
    const next = { ...this.state, ...partial, ...place };
    // A comparison needs an earlier day: moving the date onto or before `since` ends it.
    if (next.since && next.since >= next.date) next.since = null;
    void this.apply(next, mode, focusDetails);
  }

  /**
   * Shows `next`; `shown` is the state on the map before it (the current one by default; null
   * for none, the first view, when everything is drawn).
   */
  private async apply(
    next: UrlState,
    mode: HistoryMode,
    focusDetails = false,
    shown: UrlState | null = this.state,
  ): Promise<void> {
    const revision = ++this.revision;
    // User Timing marks: the benchmark (src/tooling/bench.ts) reads where a change spends its time.
    const started = performance.now();
    setMapState('loading');
    const previous = shown;
    this.state = next;
    this.router.write(next, mode);
    this.showOnMap(next, previous);
    this.parts!.render(focusDetails);
    const panelsDone = performance.now();

    const compared = next.since !== (previous?.since ?? null);
    if (!previous || previous.date !== next.date || compared || !this.control) {
      const control = await this.data.snapshots.get(next.date);
      if (revision !== this.revision) return;
      performance.measure('state:fetch', { start: panelsDone });
      this.control = next.since
        ? await this.compare.show(
            next.since,
            next.date,
            await this.data.snapshots.get(next.since),
            control,
          )
        : control;
      if (revision !== this.revision) return;
      // The comparison's figures are known only now.
      if (next.since) this.parts!.render(false);
      await this.map.showControl(this.control);
    }
    const drawStart = performance.now();
    await this.map.rendered();
    if (revision !== this.revision) return;
    performance.measure('state:panels', { start: started, end: panelsDone });
    performance.measure('state:draw', { start: drawStart });
    setMapState('ready');
    // The neighbouring dates, for a reader who scrubs on, in a task after the view is drawn; only
    // once the map has been seen: an embed further down an article fetches its first view only.
    this.drawnDate = next.date;
    if (this.seen) setTimeout(() => this.data.snapshots.warm(next.date), 0);
  }

  /** On the map and the page's chrome, what changed from `previous` (everything from null). */
  private showOnMap(next: UrlState, previous: UrlState | null): void {
    if (!previous || previous.lang !== next.lang) {
      this.chrome.applyLang(next.lang, this.theme());
      this.map.setLang(next.lang);
    }
    if (!previous || previous.theme !== next.theme) this.applyTheme();
    if (!previous || previous.scenario !== next.scenario)
      this.map.showScenario(scenarioView(this.data.editorial, next.scenario).drawn);
    this.map.select(selectionOf(next.region));
    this.map.showPlace(this.data.places.places.find((p) => p.id === next.place) ?? null);
  }

  private theme() {
    return this.chrome.theme(this.state.theme);
  }

  private applyTheme(): void {
    const theme = this.theme();
    this.chrome.applyTheme(this.state.lang, theme);
    // The system's theme may change before the first map is made: it is made in the new one.
    if (this.map) this.map.setPalette(palettes[theme]);
  }

  /** When the browser takes WebGL away, the same view is drawn as SVG; nothing else changes. */
  private async fallBackToSvg(): Promise<void> {
    const { lang } = this.state;
    const notice = strings[lang].contextLost;
    const palette = palettes[this.theme()];
    this.attach(createSvgMap(element('map'), palette, this.data, lang, notice, this.map));
    setMapRenderer('svg');
    this.showOnMap(this.state, null);
    if (this.control) await this.map.showControl(this.control);
    await this.map.rendered();
    setMapState('ready');
  }
}
