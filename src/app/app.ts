import { DataClient } from './data-client.ts';
import { FrameMessages } from '../embed/frame-messages.ts';
import type { BaseGeometry, MapView, Selection } from '../map/map-view.ts';
import { palettes } from '../style/palette.ts';
import type { ControlFigures, DataManifest } from '../model/data-manifest.ts';
import { bordersOfTopology, polygonsOfTopology } from '../model/decode-topology.ts';
import type { EditorialData } from '../model/editorial-data.ts';
import { formatPercent } from '../model/format-figures.ts';
import { areaDetails, unitDetails } from '../model/region-details.ts';
import { OVERLAY_ROLES } from '../model/roles.ts';
import { overlaysOf, scenarioView } from '../model/scenario-view.ts';
import { embedSnippets } from '../model/embed-snippets.ts';
import { strings } from '../model/strings.ts';
import { controlGeoJson, viewFiguresCsv } from '../model/view-downloads.ts';
import { timelineEvents, timelineOf, type TimelineDay } from '../model/timeline.ts';
import {
  browserLang,
  defaultDateOf,
  parseUrlState,
  toSearch,
  type Theme,
  type UrlContext,
  type UrlNotice,
  type UrlState,
} from '../model/url-state.ts';
import { FiguresTable } from '../ui/figures-table.ts';
import { setMapState } from '../ui/map-state.ts';
import { showNotice } from '../ui/show-notice.ts';
import { RegionList } from '../ui/region-list.ts';
import { creditLine, creditTexts, renderCredits } from '../ui/render-credits.ts';
import { renderDetails } from '../ui/render-details.ts';
import { renderLegend, type LegendContent } from '../ui/render-legend.ts';
import { SharePanel } from '../ui/share-panel.ts';
import { composePicture } from '../ui/export-png.ts';
import { renderSummary } from '../ui/render-summary.ts';
import { ScenarioPicker } from '../ui/scenario-picker.ts';
import { TimelineSlider } from '../ui/timeline-slider.ts';
import { createMap, preloadMap } from './create-map.ts';
import { SnapshotCache } from './snapshot-cache.ts';

const element = (id: string) => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no element #${id}`);
  return found;
};

/** How a change reaches the address bar: a new history entry, or a silent update (scrubbing). */
type HistoryMode = 'push' | 'replace' | 'none';

interface Loaded {
  manifest: DataManifest;
  editorial: EditorialData;
  figures: ControlFigures;
  days: TimelineDay[];
}

/**
 * The composition root: loads the data, builds the controls and the map, and keeps them, the URL
 * and the readiness flag in step with one state (DESIGN.md "URL state").
 */
export class App {
  private state!: UrlState;
  private context!: UrlContext;
  private map!: MapView;
  private picker!: ScenarioPicker;
  private timeline!: TimelineSlider;
  private regions!: RegionList;
  private table!: FiguresTable;
  private share!: SharePanel;
  private snapshots!: SnapshotCache;
  private base!: BaseGeometry;
  private control: GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon> | null = null;
  /** Increases with every change, so a slow load never overwrites a newer one. */
  private revision = 0;
  private notices: UrlNotice[] = [];
  /** The embed protocol's sender, when the map is inside another page. */
  private frame: FrameMessages | null = null;
  private readonly systemDark = matchMedia('(prefers-color-scheme: dark)');

  private constructor(
    private readonly data: Loaded,
    private readonly client: DataClient,
  ) {}

  static async start(): Promise<App> {
    setMapState('loading');
    // The map's code is the largest download: fetch it while the data loads, not after.
    preloadMap();
    const client = new DataClient();
    const manifest = await client.manifest();
    if (!manifest.editorial) throw new Error('the data build has no editorial model');
    const days = timelineOf(manifest);
    const snapshots = new SnapshotCache(client, days);
    const [editorial, figures, units, basemap, areas, preInvasion] = await Promise.all([
      client.json<EditorialData>(manifest.editorial.file),
      client.json<ControlFigures>(manifest.files.figures),
      client.topology(manifest.files.units),
      client.topology(manifest.files.basemap),
      client.topology(manifest.editorial.areas),
      snapshots.get(manifest.references[0]!.date),
    ]);
    const app = new App({ manifest, editorial, figures, days }, client);
    app.snapshots = snapshots;
    app.base = {
      countries: polygonsOfTopology(basemap, 'countries'),
      units: polygonsOfTopology(units, 'units'),
      unitBorders: bordersOfTopology(units, 'units', 'inner'),
      ukraineBorder: bordersOfTopology(units, 'units', 'outer'),
      areas: polygonsOfTopology(areas, 'areas'),
      preInvasion,
    };
    await app.open();
    return app;
  }

  private async open(): Promise<void> {
    const { manifest, editorial, figures, days } = this.data;
    this.context = {
      dates: days.map((d) => d.date),
      scenarios: editorial.scenarios,
      regions: [...figures.units.map((u) => u.iso), ...editorial.areas.map((a) => a.id)],
      defaultLang: browserLang(navigator.languages),
    };
    const parsed = parseUrlState(location.search, location.hash, this.context);
    this.state = parsed.state;
    this.notices = parsed.notices;
    // The map is made with the first date's held area in it: fetched while the controls are built.
    const firstControl = this.snapshots.get(this.state.date);
    if (this.state.embed) {
      document.documentElement.dataset.embed = '1';
      if (FrameMessages.embedded()) this.frame = new FrameMessages(window.parent);
    }
    const detailsToggle = element('details-toggle');
    detailsToggle.addEventListener('click', () => this.toggleDetails());

    this.picker = new ScenarioPicker(element('scenarios'), editorial.scenarios, (scenario) =>
      this.change({ scenario, date: defaultDateOf(scenario, this.context), region: null }, 'push'),
    );
    this.timeline = new TimelineSlider(
      element('timeline'),
      days,
      manifest.ukraineKm2,
      manifest.references.length,
      timelineEvents(editorial, this.context.dates),
      (date) => this.change({ date }, 'replace'),
    );
    this.regions = new RegionList(element('regions'), figures, (iso) =>
      this.change({ region: iso }, 'push', true),
    );
    element('lang-switch').addEventListener('click', () =>
      this.change({ lang: this.state.lang === 'en' ? 'uk' : 'en' }, 'push'),
    );
    element('theme-toggle').addEventListener('click', () =>
      this.change({ theme: this.theme() === 'dark' ? 'light' : 'dark' }, 'push'),
    );
    this.table = new FiguresTable(element('figures'), figures, manifest.ukraineKm2);
    this.share = new SharePanel(element('share'), {
      link: () => new URL(this.search({ embed: false }), location.href).href,
      snippets: () =>
        embedSnippets(
          new URL(location.pathname, location.href).href,
          toSearch({ ...this.state, embed: false, theme: null }, this.context),
          this.state.lang,
        ),
      png: (ratio) => this.picture(ratio),
      geojson: () => this.areasFile(),
      csv: () => ({
        name: `${this.fileStem()}.csv`,
        blob: new Blob(
          [
            viewFiguresCsv(
              figures,
              scenarioView(editorial, this.state.scenario),
              this.state.date,
              manifest.ukraineKm2,
              creditLine(manifest.credits, this.state.lang),
            ),
          ],
          { type: 'text/csv;charset=utf-8' },
        ),
      }),
    });
    this.systemDark.addEventListener('change', () => this.applyTheme());
    addEventListener('popstate', () => {
      const reparsed = parseUrlState(location.search, location.hash, this.context);
      this.notices = reparsed.notices;
      void this.apply(reparsed.state, 'none');
    });

    this.control = await firstControl;
    this.map = await createMap(element('map'), palettes[this.theme()], {
      base: this.base,
      control: this.control,
      bounds: manifest.bounds,
      panLimits: manifest.basemapBounds,
      overlays: overlaysOf(editorial),
      cooperativeGestures: this.state.embed,
      controlTexts: { en: strings.en.mapControls, uk: strings.uk.mapControls },
      describeUnit: (iso) => this.describeUnit(iso),
      onContextLost: () => void this.fallBackToSvg(strings[this.state.lang].contextLost),
      label: strings[this.state.lang].mapLabel,
      lang: this.state.lang,
    });
    this.map.onUnitClick((iso) => {
      // In an article the panel is folded; a click on a region is a request to read about it.
      this.toggleDetails(true);
      this.change({ region: iso }, 'push');
    });
    await this.apply(this.state, 'replace', false, true);
  }

  /** A change from the reader: merge it into the state and show it. */
  private change(partial: Partial<UrlState>, mode: HistoryMode, focusDetails = false): void {
    this.notices = [];
    void this.apply({ ...this.state, ...partial }, mode, focusDetails);
  }

  private async apply(
    next: UrlState,
    mode: HistoryMode,
    focusDetails = false,
    first = false,
  ): Promise<void> {
    const revision = ++this.revision;
    // User Timing marks: the benchmark (src/tooling/bench.ts) reads where a change spends its time.
    const started = performance.now();
    setMapState('loading');
    const previous = first ? null : this.state;
    this.state = next;
    const url = `${location.pathname}${toSearch(next, this.context)}`;
    if (mode === 'push' && url !== `${location.pathname}${location.search}`)
      history.pushState(null, '', url);
    else if (mode !== 'none') history.replaceState(history.state, '', url);

    if (!previous || previous.lang !== next.lang) this.applyLang();
    if (!previous || previous.theme !== next.theme) this.applyTheme();
    if (!previous || previous.scenario !== next.scenario)
      this.map.showScenario(scenarioView(this.data.editorial, next.scenario).drawn);
    this.map.select(selectionOf(next.region));
    this.renderPanels(focusDetails);
    const panelsDone = performance.now();

    if (!previous || previous.date !== next.date || !this.control) {
      const control = await this.snapshots.get(next.date);
      if (revision !== this.revision) return;
      this.control = control;
      performance.measure('state:fetch', { start: panelsDone });
      await this.map.showControl(control);
    }
    const drawStart = performance.now();
    await this.map.rendered();
    if (revision !== this.revision) return;
    performance.measure('state:panels', { start: started, end: panelsDone });
    performance.measure('state:draw', { start: drawStart });
    setMapState('ready');
    // The neighbouring dates, for a reader who scrubs on: in a task after the view is drawn, so
    // that they never compete with it for the network or the main thread.
    setTimeout(() => this.snapshots.warm(next.date), 0);
  }

  /** Everything outside the map: cheap to redo on any change. */
  private renderPanels(focusDetails: boolean): void {
    const { editorial, manifest } = this.data;
    const { lang, date, scenario, region } = this.state;
    const view = scenarioView(editorial, scenario);
    this.picker.update(scenario, lang);
    this.timeline.update(date, lang);
    this.regions.update(date, region, lang);
    renderSummary(
      element('summary'),
      date,
      this.daySentence(),
      view.scenario.timeline ? null : view.scenario.title[lang],
    );
    renderLegend(element('legend'), palettes[this.theme()], this.legendContent(), lang);
    const selection = selectionOf(region);
    const details = selection.unit
      ? unitDetails(selection.unit, date, editorial, this.data.figures)
      : selection.area
        ? areaDetails(selection.area, editorial, this.data.figures)
        : view;
    const heading = renderDetails(element('details'), details, {
      lang,
      editorial,
      date,
      ukraineKm2: manifest.ukraineKm2,
      openArea: (id) => this.change({ region: id }, 'push', true),
      openUnit: (iso) => this.change({ region: iso }, 'push', true),
      showDate: (d) => this.change({ date: d }, 'push'),
      close: () => this.change({ region: null }, 'push', true),
    });
    if (focusDetails) heading.focus({ preventScroll: false });
    this.table.update(view, date, lang);
    this.renderNotices();
    const t = strings[lang];
    const fullMap = element('full-map') as HTMLAnchorElement;
    fullMap.textContent = t.openFullMap;
    fullMap.href = this.search({ embed: false });
    this.share.update(lang);
    element('details-toggle').textContent = t.aboutView;
    this.frame?.postState(this.state);
  }

  /** The address of the current view with some parts changed. */
  private search(partial: Partial<UrlState>): string {
    return `${location.pathname}${toSearch({ ...this.state, ...partial }, this.context)}`;
  }

  /** "ukraine-map-istanbul-2025-2025-05-16": what downloads of this view are called. */
  private fileStem(): string {
    return `ukraine-map-${this.state.scenario}-${this.state.date}`;
  }

  private legendContent(): LegendContent {
    const view = scenarioView(this.data.editorial, this.state.scenario);
    return {
      roles: OVERLAY_ROLES.filter((role) => view.drawn[role].length > 0),
      contested: this.day(this.state.date).contestedKm2 !== null,
      preInvasion: this.state.date !== this.data.manifest.references[0]!.date,
    };
  }

  /** The view as a PNG, with title, date, legend and credits drawn in. */
  private async picture(pixelRatio: number): Promise<{ name: string; blob: Blob }> {
    const { lang, scenario } = this.state;
    const view = scenarioView(this.data.editorial, scenario);
    const box = element('map').getBoundingClientRect();
    const blob = await composePicture({
      snapshot: await this.map.snapshot(pixelRatio),
      width: box.width,
      height: box.height,
      pixelRatio,
      palette: palettes[this.theme()],
      legend: this.legendContent(),
      title: view.scenario.timeline ? strings[lang].title : view.scenario.title[lang],
      summary: this.daySentence(),
      credits: creditTexts(this.data.manifest.credits, lang),
      lang,
    });
    return { name: `${this.fileStem()}${pixelRatio > 1 ? `@${pixelRatio}x` : ''}.png`, blob };
  }

  /** "Held by Russia on <date>: <km²>, <%> of Ukraine." for the date shown. */
  private daySentence(): string {
    const day = this.day(this.state.date);
    const { ukraineKm2 } = this.data.manifest;
    return strings[this.state.lang].summary(
      day.date,
      day.heldKm2,
      day.heldKm2 / ukraineKm2,
      day.contestedKm2,
    );
  }

  /** The scenario's published GeoJSON, or for the timeline the held area of the date. */
  private async areasFile(): Promise<{ name: string; blob: Blob }> {
    const { manifest } = this.data;
    const name = `${this.fileStem()}.geojson`;
    const published = manifest.editorial?.scenarios[this.state.scenario];
    if (published) return { name, blob: await this.client.blob(published) };
    const control = await this.snapshots.get(this.state.date);
    const geojson = controlGeoJson(
      control,
      this.state.date,
      this.day(this.state.date).heldKm2,
      creditLine(manifest.credits, this.state.lang),
    );
    return { name, blob: new Blob([JSON.stringify(geojson)], { type: 'application/geo+json' }) };
  }

  /** The folded details panel of the embed layout: open, close, or switch. */
  private toggleDetails(open?: boolean): void {
    const toggle = element('details-toggle');
    const expanded = open ?? toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(expanded));
    element('details').classList.toggle('is-folded', !expanded);
  }

  private applyLang(): void {
    const { lang } = this.state;
    const t = strings[lang];
    document.documentElement.lang = lang;
    document.title = t.title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', t.description);
    element('title').textContent = t.title;
    element('map').setAttribute('aria-label', t.mapLabel);
    element('legend').setAttribute('aria-label', t.legend);
    element('panel').setAttribute('aria-label', t.controls);
    const other = element('lang-switch');
    other.textContent = t.otherLanguage;
    other.setAttribute('lang', lang === 'en' ? 'uk' : 'en');
    renderCredits(element('credits'), this.data.manifest.credits, lang);
    element('page-foot').setAttribute('aria-label', t.credits);
    this.map.setLang(lang);
    this.applyThemeLabel();
  }

  private theme(): Theme {
    return this.state.theme ?? (this.systemDark.matches ? 'dark' : 'light');
  }

  private applyTheme(): void {
    const theme = this.theme();
    document.documentElement.dataset.theme = theme;
    this.map.setPalette(palettes[theme]);
    this.applyThemeLabel();
  }

  private applyThemeLabel(): void {
    const toggle = element('theme-toggle');
    toggle.textContent = strings[this.state.lang].theme.dark;
    toggle.setAttribute('aria-pressed', String(this.theme() === 'dark'));
  }

  private renderNotices(): void {
    const notice = element('url-notice');
    const fallback = scenarioView(this.data.editorial, this.state.scenario).scenario.title[
      this.state.lang
    ];
    notice.hidden = this.notices.length === 0;
    notice.textContent = this.notices
      .map((n) => strings[this.state.lang].notice(n, fallback))
      .join(' ');
  }

  private day(date: string): TimelineDay {
    return this.data.days.find((d) => d.date === date)!;
  }

  private describeUnit(iso: string): string {
    const { figures } = this.data;
    const u = figures.units.findIndex((unit) => unit.iso === iso);
    const d = figures.dates.indexOf(this.state.date);
    const unit = figures.units[u]!;
    const share = figures.heldKm2[d]![u]! / unit.areaKm2;
    const name = this.state.lang === 'uk' ? unit.name_uk : unit.name_en;
    return strings[this.state.lang].tooltip(name, formatPercent(share, this.state.lang));
  }

  /** Without WebGL the same view is drawn as SVG; nothing else changes. */
  private async fallBackToSvg(message: string): Promise<void> {
    const { SvgMap } = await import('../map/svg-map.ts');
    this.map.destroy();
    this.map = new SvgMap(
      element('map'),
      palettes[this.theme()],
      this.data.manifest.bounds,
      strings[this.state.lang].mapLabel,
      this.base,
    );
    showNotice(message);
    this.map.onUnitClick((iso) => {
      // In an article the panel is folded; a click on a region is a request to read about it.
      this.toggleDetails(true);
      this.change({ region: iso }, 'push');
    });
    this.map.setLang(this.state.lang);
    this.map.showScenario(scenarioView(this.data.editorial, this.state.scenario).drawn);
    this.map.select(selectionOf(this.state.region));
    if (this.control) await this.map.showControl(this.control);
    setMapState('ready');
  }
}

/** A region is a unit's ISO code or the id of an area a scenario draws. */
function selectionOf(region: string | null): Selection {
  if (!region) return { unit: null, area: null };
  return /^UA-\d{2}$/.test(region) ? { unit: region, area: null } : { unit: null, area: region };
}
