import { DataClient } from '../data/data-client.ts';
import { FrameMessages } from '../embed/frame-messages.ts';
import type { BaseGeometry, MapView, Selection } from '../map/map-view.ts';
import { palettes } from '../map/palette.ts';
import type { ControlFigures, DataManifest } from '../model/data-manifest.ts';
import { bordersOfTopology, polygonsOfTopology } from '../model/decode-topology.ts';
import type { EditorialData } from '../model/editorial-data.ts';
import { formatPercent } from '../model/format-figures.ts';
import { areaDetails, unitDetails } from '../model/region-details.ts';
import { OVERLAY_ROLES, overlaysOf, scenarioView } from '../model/scenario-view.ts';
import { strings } from '../model/strings.ts';
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
import { renderCredits } from '../ui/render-credits.ts';
import { renderDetails } from '../ui/render-details.ts';
import { renderLegend } from '../ui/render-legend.ts';
import { renderSummary } from '../ui/render-summary.ts';
import { ScenarioPicker } from '../ui/scenario-picker.ts';
import { TimelineControl } from '../ui/timeline-control.ts';
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
  private timeline!: TimelineControl;
  private regions!: RegionList;
  private table!: FiguresTable;
  private snapshots!: SnapshotCache;
  private base!: BaseGeometry;
  private areas!: GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
  private preInvasion: GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon> | null =
    null;
  private control: GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon> | null = null;
  /** Increases with every change, so a slow load never overwrites a newer one. */
  private revision = 0;
  private notices: UrlNotice[] = [];
  /** The embed protocol's sender, when the map is inside another page. */
  private frame: FrameMessages | null = null;
  private readonly systemDark = matchMedia('(prefers-color-scheme: dark)');

  private constructor(private readonly data: Loaded) {}

  static async start(): Promise<App> {
    setMapState('loading');
    // The map's code is the largest download: fetch it while the data loads, not after.
    preloadMap();
    const client = new DataClient();
    const manifest = await client.manifest();
    if (!manifest.editorial) throw new Error('the data build has no editorial model');
    const [editorial, figures, units, basemap, areas] = await Promise.all([
      client.json<EditorialData>(manifest.editorial.file),
      client.json<ControlFigures>(manifest.files.figures),
      client.topology(manifest.files.units),
      client.topology(manifest.files.basemap),
      client.topology(manifest.editorial.areas),
    ]);
    const app = new App({ manifest, editorial, figures, days: timelineOf(manifest) });
    app.snapshots = new SnapshotCache(client, app.data.days);
    app.base = {
      countries: polygonsOfTopology(basemap, 'countries'),
      units: polygonsOfTopology(units, 'units'),
      unitBorders: bordersOfTopology(units, 'units', 'inner'),
      ukraineBorder: bordersOfTopology(units, 'units', 'outer'),
    };
    app.areas = polygonsOfTopology(areas, 'areas');
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
    if (this.state.embed) {
      document.documentElement.dataset.embed = '1';
      if (FrameMessages.embedded()) this.frame = new FrameMessages(window.parent);
    }
    const detailsToggle = element('details-toggle');
    detailsToggle.addEventListener('click', () => this.toggleDetails());

    this.picker = new ScenarioPicker(element('scenarios'), editorial.scenarios, (scenario) =>
      this.change({ scenario, date: defaultDateOf(scenario, this.context), region: null }, 'push'),
    );
    this.timeline = new TimelineControl(
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
    this.systemDark.addEventListener('change', () => this.applyTheme());
    addEventListener('popstate', () => {
      const reparsed = parseUrlState(location.search, location.hash, this.context);
      this.notices = reparsed.notices;
      void this.apply(reparsed.state, 'none');
    });

    this.map = await createMap(element('map'), palettes[this.theme()], {
      bounds: manifest.bounds,
      panLimits: manifest.basemapBounds,
      overlays: overlaysOf(editorial),
      cooperativeGestures: this.state.embed,
      locale: strings[this.state.lang].mapControls,
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
    await this.showGeometry();
    const [preInvasion] = await Promise.all([
      this.snapshots.get(manifest.references[0]!.date),
      this.snapshots.get(this.state.date),
    ]);
    this.preInvasion = preInvasion;
    await this.map.showPreInvasion(preInvasion);
    await this.apply(this.state, 'replace', false, true);
  }

  private async showGeometry(): Promise<void> {
    await this.map.showBase(this.base);
    await this.map.showAreas(this.areas);
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
    // User Timing marks: the benchmark (src/tooling/bench-ui.ts) reads where a change spends its time.
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
      this.snapshots.warm(next.date);
    }
    const drawStart = performance.now();
    await this.map.rendered();
    if (revision !== this.revision) return;
    performance.measure('state:panels', { start: started, end: panelsDone });
    performance.measure('state:draw', { start: drawStart });
    setMapState('ready');
  }

  /** Everything outside the map: cheap to redo on any change. */
  private renderPanels(focusDetails: boolean): void {
    const { editorial, manifest } = this.data;
    const { lang, date, scenario, region } = this.state;
    const view = scenarioView(editorial, scenario);
    const day = this.day(date);
    this.picker.update(scenario, lang);
    this.timeline.update(date, lang);
    this.regions.update(date, region, lang);
    renderSummary(
      element('summary'),
      day,
      manifest.ukraineKm2,
      view.scenario.timeline ? null : view.scenario.title[lang],
      lang,
    );
    renderLegend(
      element('legend'),
      palettes[this.theme()],
      {
        roles: OVERLAY_ROLES.filter((role) => view.drawn[role].length > 0),
        contested: day.contestedKm2 !== null,
        preInvasion: date !== manifest.references[0]!.date,
      },
      lang,
    );
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
    fullMap.href = `${location.pathname}${toSearch({ ...this.state, embed: false }, this.context)}`;
    element('details-toggle').textContent = t.aboutView;
    this.frame?.postState(this.state);
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
    );
    showNotice(message);
    this.map.onUnitClick((iso) => {
      // In an article the panel is folded; a click on a region is a request to read about it.
      this.toggleDetails(true);
      this.change({ region: iso }, 'push');
    });
    await this.showGeometry();
    if (this.preInvasion) await this.map.showPreInvasion(this.preInvasion);
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
