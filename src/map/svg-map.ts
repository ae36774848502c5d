import type { GeoJsonProperties } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import type { Lang } from '../model/format-figures.ts';
import { OVERLAY_ROLES, type OverlayRole } from '../model/roles.ts';
import type { Selection } from '../model/selection.ts';
import type { Box } from './label-layout.ts';
import type { BaseGeometry, MapSnapshot, MapView } from './map-view.ts';
import type { Palette } from '../style/palette.ts';
import type { PlaceRecord } from '../model/places-data.ts';
import { BOUNDS_PADDING, PLACE_ZOOM } from './camera.ts';
import { planarPath, type FlatPath } from './planar-path.ts';
import { selectedFeatures } from './selected-features.ts';
import { geometriesOf, propertyOf, TopologyPath, type TopoGeometry } from './topology-path.ts';
import { loadStaticLabelFonts } from './label-fonts.ts';
import { paintLabels, staticLabels, svgLabelGroup, type StaticLabel } from './svg-labels.ts';
import { svgPatterns } from './svg-patterns.ts';
import { svgElement, svgGroup as group, svgLine as line, svgRect } from './svg-shapes.ts';
import { fitMercator, mercatorAround, type ScreenMercator } from './web-mercator.ts';

/** The drawing's size when the container has none yet (not laid out): redrawn once it has. */
const FALLBACK = { width: 960, height: 640 };
/**
 * How long a change waits for an animation frame before it is drawn anyway: browsers run no
 * animation frames in a frame that is off-screen (an embed further down an article).
 */
const DRAW_DEADLINE_MS = 100;

type Polygons = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/**
 * The first view's map, and the map without WebGL: the same layers and patterns as the MapLibre
 * map, drawn as a static SVG in Web Mercator (web-mercator.ts), with units clickable. A change is
 * drawn at the next animation frame, all changes since the last together: one call of the app's
 * may tell it five things, and a reader (or a script) may go through history faster than a whole
 * SVG can be laid out.
 */
export class SvgMap implements MapView {
  private readonly svg: SVGSVGElement;
  private control: Polygons | null = null;
  private drawn: Record<OverlayRole, readonly string[]> | null = null;
  private selection: Selection = { unit: null, area: null };
  private place: PlaceRecord | null = null;
  private unitHandler: (iso: string) => void = () => {};
  /** The topologies' geometries, each drawn from its topology's arcs (topology-path.ts). */
  private readonly geometries: {
    countries: TopoGeometry[];
    units: TopoGeometry[];
    areas: TopoGeometry[];
  };
  /** The names drawn last, for the picture, and what they were laid out on. */
  private labelled: StaticLabel[] = [];
  /** What the page covers of the map: no name goes there. */
  private covered: readonly Box[] = [];
  private labels: { group: SVGGElement; mercator: ScreenMercator } | null = null;
  private size = FALLBACK;
  /** The container's size at the last draw, 0 × 0 before it is laid out. */
  private measured = { width: -1, height: -1 };
  private readonly resize: ResizeObserver;
  /** The label faces of the language drawn: its names are measured in them. */
  private fonts: Promise<void>;
  /** The draw waiting for its frame (or its deadline), and who waits for it. */
  private pending: { frame: number; timer: number; drawn: Promise<void>; done: () => void } | null =
    null;

  constructor(
    private readonly container: HTMLElement,
    private palette: Palette,
    private readonly bounds: [number, number, number, number],
    label: string,
    private readonly base: BaseGeometry,
    private readonly places: readonly PlaceRecord[],
    private lang: Lang,
  ) {
    const { basemap, units, areas } = base.topologies;
    this.geometries = {
      countries: geometriesOf(basemap, 'countries'),
      units: geometriesOf(units, 'units'),
      areas: geometriesOf(areas, 'areas'),
    };
    this.svg = svgElement('svg', { role: 'img', 'aria-label': label, class: 'svg-map' });
    container.replaceChildren(this.svg);
    this.invalidate();
    // Drawn at the container's size in CSS pixels, so names keep their size on every screen.
    // Its first report comes after the first draw, at the size drawn: only a new size is drawn.
    this.resize = new ResizeObserver(() => {
      const { clientWidth, clientHeight } = this.container;
      if (clientWidth !== this.measured.width || clientHeight !== this.measured.height)
        this.invalidate();
    });
    this.resize.observe(container);
    this.fonts = this.fontsOf(lang);
  }

  // Each change is drawn only if it changes something: the app tells a map the whole view on
  // every change of state, and a whole SVG is costly to lay out again.
  async showControl(control: Polygons): Promise<void> {
    if (control === this.control) return;
    this.control = control;
    this.invalidate();
  }

  showScenario(drawn: Record<OverlayRole, readonly string[]>): void {
    if (drawn === this.drawn) return;
    this.drawn = drawn;
    this.invalidate();
  }

  select(selection: Selection): void {
    if (selection.unit === this.selection.unit && selection.area === this.selection.area) return;
    this.selection = selection;
    this.invalidate();
  }

  showPlace(place: PlaceRecord | null): void {
    if (place?.id === this.place?.id) return;
    this.place = place;
    this.invalidate();
  }

  setPalette(palette: Palette): void {
    if (palette === this.palette) return;
    this.palette = palette;
    this.invalidate();
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.fonts = this.fontsOf(lang);
    this.invalidate();
  }

  keepClear(boxes: readonly Box[]): void {
    this.covered = boxes;
    if (!this.pending) this.relabel(); // A draw still to come lays them out anyway.
  }

  onUnitClick(handler: (iso: string) => void): void {
    this.unitHandler = handler;
  }

  /** Once every change so far is drawn, in the label font. */
  async rendered(): Promise<void> {
    await this.pending?.drawn;
    await this.fonts;
  }

  /** The SVG drawn onto a canvas through an image, then the names over it in the label font. */
  async snapshot(pixelRatio: number): Promise<MapSnapshot> {
    await this.rendered();
    const box = this.svg.getBoundingClientRect();
    const copy = this.svg.cloneNode(true) as SVGSVGElement;
    copy.querySelector('.svg-labels')?.remove();
    const text = new XMLSerializer().serializeToString(copy);
    // A data: URL, not a blob: one: the page's policy allows images from `'self' data:` only.
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(box.width * pixelRatio);
    canvas.height = Math.round(box.height * pixelRatio);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    paintLabels(ctx, this.labelled, this.palette, canvas.width / this.size.width);
    return { canvas };
  }

  destroy(): void {
    this.resize.disconnect();
    this.flush(false);
    this.svg.remove();
  }

  /**
   * Names are measured in the label font: set again once the language's faces have loaded (the
   * page's head preloads the Latin ones, so an English map's are mostly in before the first draw),
   * the shapes left as they are; only for the language still shown.
   */
  private fontsOf(lang: Lang): Promise<void> {
    return loadStaticLabelFonts(lang).then(() => {
      if (lang !== this.lang) return;
      if (this.pending) this.flush(true);
      else this.relabel();
    });
  }

  /** Draws at the next animation frame, or at the deadline where none comes; once for many changes. */
  private invalidate(): void {
    if (this.pending) return;
    let done!: () => void;
    const drawn = new Promise<void>((resolve) => (done = resolve));
    this.pending = {
      frame: requestAnimationFrame(() => this.flush(true)),
      timer: window.setTimeout(() => this.flush(true), DRAW_DEADLINE_MS),
      drawn,
      done,
    };
  }

  private flush(draw: boolean): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    cancelAnimationFrame(pending.frame);
    clearTimeout(pending.timer);
    if (draw) this.draw();
    pending.done();
  }

  private draw(): void {
    // Nothing is drawn before the date's held area is known: a map without it would be drawn and
    // laid out only to be replaced, on the first view's critical path.
    if (!this.control) return;
    const width = this.container.clientWidth;
    const height = this.container.clientHeight;
    this.measured = { width, height };
    this.size = width > 0 && height > 0 ? { width, height } : FALLBACK;
    this.svg.setAttribute('viewBox', `0 0 ${this.size.width} ${this.size.height}`);
    const mercator = this.mercator();
    const path = planarPath(mercator, this.size);
    const { basemap, units, areas } = this.base.topologies;
    const topology = {
      basemap: new TopologyPath(basemap, mercator, this.size),
      units: new TopologyPath(units, mercator, this.size),
      areas: new TopologyPath(areas, mercator, this.size),
    };
    const p = this.palette;
    const layers: SVGElement[] = [svgPatterns(p)];
    layers.push(svgRect(this.size.width, this.size.height, p.sea));
    layers.push(
      group(this.geometries.countries, topology.basemap.polygon, {
        fill: p.neighbourLand,
        stroke: p.neighbourBorder,
      }),
    );
    layers.push(this.units(topology.units));
    if (this.control) {
      const held = this.control.features.filter((f) => f.properties?.kind === 'held');
      const contested = this.control.features.filter((f) => f.properties?.kind === 'contested');
      layers.push(group(held, path, { fill: p.held, 'fill-opacity': String(p.heldOpacity) }));
      layers.push(group(contested, path, { fill: 'url(#svg-pattern-contested)' }));
      layers.push(...this.change(path));
    }
    layers.push(...this.overlays(topology.areas));
    const preInvasion = this.base.preInvasion.features.filter((f) => f.properties?.kind === 'held');
    layers.push(
      group(preInvasion, path, {
        fill: 'none',
        stroke: p.preInvasion,
        'stroke-width': '1.4',
        'stroke-dasharray': '4 3',
      }),
    );
    const whole = units.objects.units as GeometryCollection<GeoJsonProperties>;
    layers.push(line(topology.units.outline(whole), p.ukraineBorder, 1.5));
    const selected = selectedFeatures(this.geometries, this.selection);
    const pathOf = (g: TopoGeometry) =>
      (this.geometries.units.includes(g) ? topology.units : topology.areas).polygon(g);
    layers.push(group(selected, pathOf, { fill: 'none', stroke: p.selected, 'stroke-width': '3' }));
    this.labels = { group: this.layOutLabels(mercator), mercator };
    layers.push(this.labels.group);
    this.svg.replaceChildren(...layers);
  }

  /** The names laid out again on the map drawn last, in place of those drawn with it. */
  private relabel(): void {
    if (!this.labels) return;
    const group = this.layOutLabels(this.labels.mercator);
    this.labels.group.replaceWith(group);
    this.labels.group = group;
  }

  private layOutLabels(mercator: ScreenMercator): SVGGElement {
    this.labelled = staticLabels({
      mercator,
      view: this.size,
      units: this.geometries.units,
      places: this.places,
      chosen: this.place,
      lang: this.lang,
      covered: this.covered,
    });
    return svgLabelGroup(this.labelled, this.palette);
  }

  /** Mercator, fitted to the map's bounds as MapLibre fits them, or around the chosen place. */
  private mercator(): ScreenMercator {
    const { width, height } = this.size;
    if (this.place) return mercatorAround([this.place.lon, this.place.lat], PLACE_ZOOM, this.size);
    return fitMercator(this.bounds, [
      [BOUNDS_PADDING, BOUNDS_PADDING],
      [width - BOUNDS_PADDING, height - BOUNDS_PADDING],
    ]);
  }

  /** The units, each a click target named by its ISO code. */
  private units(path: TopologyPath): SVGGElement {
    const units = group(
      this.geometries.units,
      path.polygon,
      { fill: this.palette.ukraineLand, stroke: this.palette.unitBorder },
      (element, unit) => {
        const iso = String(propertyOf(unit, 'iso'));
        element.dataset.iso = iso;
        element.addEventListener('click', () => this.unitHandler(iso));
      },
    );
    units.classList.add('svg-units');
    return units;
  }

  /** The scenario's areas: a tint and the role's pattern with its outline, role by role. */
  private overlays(path: TopologyPath): SVGElement[] {
    if (!this.drawn) return [];
    const layers: SVGElement[] = [];
    for (const role of OVERLAY_ROLES) {
      const ids = this.drawn[role];
      const areas = this.geometries.areas.filter((g) => ids.includes(String(propertyOf(g, 'id'))));
      // Each area is drawn twice, tinted and patterned: its path is made once.
      const drawn = new Map(areas.map((area) => [area, path.polygon(area)]));
      const pathOf = (area: TopoGeometry) => drawn.get(area) ?? null;
      const color = this.palette.roles[role].color;
      layers.push(group(areas, pathOf, { fill: color, 'fill-opacity': '0.14' }));
      layers.push(
        group(areas, pathOf, {
          fill: `url(#svg-pattern-${role})`,
          stroke: color,
          'stroke-width': '1.6',
        }),
      );
    }
    return layers;
  }

  /** A comparison's taken and regained land and the earlier line, as the WebGL map draws them. */
  private change(path: FlatPath): SVGElement[] {
    const of = (kind: string) => this.control!.features.filter((f) => f.properties?.kind === kind);
    const { change } = this.palette;
    return [
      ...(['taken', 'regained'] as const).map((kind) =>
        group(of(kind), path, {
          fill: `url(#svg-pattern-${kind})`,
          stroke: change[kind].color,
          'stroke-width': '0.6',
        }),
      ),
      group(of('since'), path, { fill: 'none', stroke: change.sinceLine, 'stroke-width': '0.8' }),
    ];
  }
}
