// MapLibre's stylesheet (72 KB, mostly its controls' icons) comes with MapLibre, not with the page:
// the first view, drawn without it, does not wait for it. Loaded after the app's, it wins ties:
// the app's map rules are the more specific (map.css).
import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Lang } from '../model/format-figures.ts';
import { OVERLAY_ROLES, type OverlayRole } from '../model/roles.ts';
import type { Overlay } from '../model/scenario-view.ts';
import { baseFeatures } from './base-features.ts';
import { BOUNDS_PADDING, PLACE_ZOOM } from './camera.ts';
import {
  mapStyle,
  overlayKey,
  overlayLayers,
  patternImageId,
  type ChangeKind,
} from './map-style.ts';
import type { Selection } from '../model/selection.ts';
import type { Box } from './label-layout.ts';
import type { BaseGeometry, MapSnapshot, MapView } from './map-view.ts';
import type { Palette } from '../style/palette.ts';
import { PLACE_DOT, PLACE_DOT_IMAGE, placeDotImage } from './place-dot.ts';
import { patternImage } from '../style/pattern.ts';
import { selectedFeatures } from './selected-features.ts';
import { addUnitTooltip } from './unit-tooltip.ts';
import { publishLabels } from './rendered-labels.ts';
import type { PlaceRecord } from '../model/places-data.ts';
import { loadStaticLabelFonts } from './label-fonts.ts';
import { namesAsFeatures } from './maplibre-names.ts';
import { staticLabels } from './svg-labels.ts';
import { mercatorAround } from './web-mercator.ts';

// Vite emits the worker as its own file; without this MapLibre looks for it where the build has none.
maplibregl.setWorkerUrl(workerUrl);

type Bounds = [number, number, number, number];
type Polygons = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

export interface MaplibreMapOptions {
  /** The geometry that never changes. */
  base: BaseGeometry;
  /** The held area of the date shown first. */
  control: Polygons;
  bounds: Bounds;
  /** The basemap's extent: the map may not be panned beyond it. */
  panLimits: Bounds;
  /** The text of the tooltip for a unit, on devices that hover. */
  describeUnit: (iso: string) => string;
  /** Every area any scenario draws, with its role: each gets layers of its own. */
  overlays: readonly Overlay[];
  /** The gazetteer's places, named on the map by rank and zoom. */
  places: readonly PlaceRecord[];
  /**
   * Inside an article the map must not take the page's scroll or a one-finger swipe: it then
   * needs Ctrl/⌘ + wheel or two fingers (MapLibre's cooperative gestures), except in fullscreen.
   */
  cooperativeGestures: boolean;
  /** The language the map opens in. */
  lang: Lang;
  /** MapLibre's control texts (its locale table) in each language, for setLang to switch. */
  controlTexts: Record<Lang, Record<string, string>>;
  /** Called when the browser stops drawing (WebGL context lost), so the app can fall back. */
  onContextLost: () => void;
}

/** The map drawn by MapLibre: it shows what it is given and reports when that is on screen. */
export class MaplibreMap implements MapView {
  private readonly map: maplibregl.Map;
  /** Whether MapLibre has read the style (in its first animation frame); changes wait till then. */
  private styled = false;
  private readonly pending: (() => void)[] = [];
  private unitHandler: (iso: string) => void = () => {};
  private selection: Selection = { unit: null, area: null };
  private readonly base: BaseGeometry;
  /** The held area given last, so that giving the same one again costs nothing. */
  private control: Polygons;
  private readonly overlays: readonly Overlay[];
  private palette: Palette;
  /** The overlays shown now, by overlayKey. */
  private shown = new Set<string>();
  private lang: Lang;
  private readonly controlTexts: Record<Lang, Record<string, string>>;
  private readonly cooperativeGestures: boolean;
  private controls: maplibregl.IControl[] = [];
  private place: PlaceRecord | null = null;
  /** What the page covers of the map: no name goes there. */
  private covered: readonly Box[] = [];
  private readonly places: readonly PlaceRecord[];
  private readonly placesById: ReadonlyMap<string, PlaceRecord>;

  constructor(container: HTMLElement, palette: Palette, options: MaplibreMapOptions) {
    this.overlays = options.overlays;
    this.palette = palette;
    this.base = options.base;
    this.control = options.control;
    this.places = options.places;
    this.placesById = new Map(options.places.map((place) => [place.id, place]));
    this.lang = options.lang;
    this.controlTexts = options.controlTexts;
    this.cooperativeGestures = options.cooperativeGestures;
    const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.map = new maplibregl.Map({
      container,
      // The data is in the style: MapLibre starts tiling it as soon as it has read the style.
      style: mapStyle(palette, options.overlays, new Set(), {
        base: baseFeatures(options.base),
        control: options.control,
        // The names come once the map has its view (layOutNames).
        places: { type: 'FeatureCollection', features: [] },
        unitNames: { type: 'FeatureCollection', features: [] },
      }),
      bounds: options.bounds,
      fitBoundsOptions: { padding: BOUNDS_PADDING },
      maxBounds: options.panLimits,
      // Zoom 9 is the detail the simplified data is made for.
      minZoom: 3,
      maxZoom: 9,
      attributionControl: false,
      cooperativeGestures: options.cooperativeGestures,
      locale: options.controlTexts[options.lang],
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      fadeDuration: reducedMotion ? 0 : 300,
      // Printing and exporting read the canvas after it was drawn.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.addControls();
    // Before the first tiles are laid out: a pattern fill and a town's dot need their images then.
    this.addPatterns(palette, false);
    this.map.once('style.load', () => {
      this.styled = true;
      for (const change of this.pending.splice(0)) change();
    });
    this.layOutNames();
    // The names are laid out again for each view the map comes to rest at, and for a new size.
    this.map.on('moveend', () => this.layOutNames());
    this.map.on('resize', () => this.layOutNames());
    publishLabels(this.map);
    this.map.on('webglcontextlost', options.onContextLost);
    this.map.on('click', 'units', (event) => {
      const iso = event.features?.[0]?.properties?.iso;
      if (typeof iso === 'string') this.unitHandler(iso);
    });
    if (matchMedia('(hover: hover)').matches) addUnitTooltip(this.map, options.describeUnit);
  }

  async showControl(control: Polygons): Promise<void> {
    if (control === this.control) return;
    this.control = control;
    this.whenStyled(() => this.source('control').setData(control));
  }

  /** Switching scenarios turns overlays on and off by opacity: it only repaints (see mapStyle). */
  showScenario(drawn: Record<OverlayRole, readonly string[]>): void {
    const next = new Set(
      OVERLAY_ROLES.flatMap((role) => drawn[role].map((area) => overlayKey({ area, role }))),
    );
    this.whenStyled(() => {
      for (const overlay of this.overlays) {
        const key = overlayKey(overlay);
        if (next.has(key) === this.shown.has(key)) continue;
        for (const layer of overlayLayers(overlay))
          this.map.setPaintProperty(layer.id, layer.property, next.has(key) ? layer.shown : 0);
      }
      this.shown = next;
    });
  }

  /** The selected unit or area is the only feature of a source of its own (see mapStyle). */
  select(selection: Selection): void {
    if (selection.unit === this.selection.unit && selection.area === this.selection.area) return;
    this.selection = selection;
    this.whenStyled(() => this.showSelection());
  }

  setPalette(palette: Palette): void {
    if (palette === this.palette) return;
    this.palette = palette;
    this.whenStyled(() => {
      for (const layer of mapStyle(palette, this.overlays, this.shown).layers) {
        for (const [property, value] of Object.entries(layer.paint ?? {})) {
          this.map.setPaintProperty(
            layer.id,
            property as Parameters<maplibregl.Map['setPaintProperty']>[1],
            value,
          );
        }
      }
      this.addPatterns(palette, true);
    });
  }

  keepClear(boxes: readonly Box[]): void {
    this.covered = boxes;
    this.layOutNames();
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    // Measured in the new language's faces, which the first view may not have needed.
    void loadStaticLabelFonts(lang).then(() => this.layOutNames());
    // MapLibre reads its locale table when a control is added or the gesture notice is enabled, and
    // has no call to change it: the table is replaced, and the controls and notice made anew.
    this.map._locale = { ...this.map._locale, ...this.controlTexts[lang] };
    // The canvas is named once, when it is made: named again in the new language.
    this.map.getCanvas().setAttribute('aria-label', this.map._getUIString('Map.Title'));
    for (const control of this.controls) this.map.removeControl(control);
    this.addControls();
    if (this.map.cooperativeGestures.isEnabled()) {
      this.map.cooperativeGestures.disable();
      this.map.cooperativeGestures.enable();
    }
  }

  /** Names the place whatever the zoom and collisions, and brings it into view, zoomed in. */
  showPlace(place: PlaceRecord | null): void {
    if ((place?.id ?? null) === (this.place?.id ?? null)) return;
    this.place = place;
    this.layOutNames();
    if (place) {
      const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
      const camera = { center: [place.lon, place.lat] as [number, number], zoom: PLACE_ZOOM };
      // The first view (a link with a place) opens on the place; later choices travel to it.
      if (reducedMotion || !this.styled) this.map.jumpTo(camera);
      else this.map.easeTo({ ...camera, duration: 600 });
    }
  }

  onUnitClick(handler: (iso: string) => void): void {
    this.unitHandler = handler;
  }

  /** Resolves once MapLibre has drawn everything it was given (its `idle` event). */
  rendered(): Promise<void> {
    return new Promise((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  async snapshot(pixelRatio: number): Promise<MapSnapshot> {
    const previous = this.map.getPixelRatio();
    if (pixelRatio !== previous) this.map.setPixelRatio(pixelRatio);
    try {
      await this.rendered();
      // The drawing buffer is preserved (see the constructor), so the canvas can be copied now.
      const source = this.map.getCanvas();
      const canvas = document.createElement('canvas');
      canvas.width = source.width;
      canvas.height = source.height;
      // The labels are symbol layers: drawn into the canvas with everything else.
      canvas.getContext('2d')!.drawImage(source, 0, 0);
      return { canvas };
    } finally {
      if (pixelRatio !== previous) this.map.setPixelRatio(previous);
    }
  }

  destroy(): void {
    this.map.remove();
  }

  /** Zoom buttons and fullscreen, their texts in the language of MapLibre's locale table. */
  private addControls(): void {
    const container = this.map.getContainer();
    // Fullscreen takes the map's stage, so the legend goes along; there the map may take gestures.
    const fullscreen = new maplibregl.FullscreenControl({
      container: container.parentElement ?? container,
    });
    fullscreen.on('fullscreenstart', () => this.map.cooperativeGestures.disable());
    fullscreen.on('fullscreenend', () => {
      if (this.cooperativeGestures) this.map.cooperativeGestures.enable();
    });
    this.controls = [new maplibregl.NavigationControl({ showCompass: false }), fullscreen];
    for (const control of this.controls) this.map.addControl(control, 'top-right');
  }

  /** The fills' patterns and the towns' dot, in the palette's colours. */
  private addPatterns(palette: Palette, replace: boolean): void {
    const { taken, regained } = palette.change;
    const styles = { ...palette.roles, contested: palette.contested, taken, regained };
    for (const [role, style] of Object.entries(styles)) {
      const id = patternImageId(role as OverlayRole | 'contested' | ChangeKind);
      const image = patternImage(style.pattern, style.color);
      if (replace) this.map.updateImage(id, image);
      else this.map.addImage(id, image);
    }
    const dot = placeDotImage(palette);
    if (replace) this.map.updateImage(PLACE_DOT_IMAGE, dot);
    else this.map.addImage(PLACE_DOT_IMAGE, dot, { pixelRatio: PLACE_DOT.pixelRatio });
  }

  /** Runs a change of the style now, or once MapLibre has read the style, in the order given. */
  private whenStyled(change: () => void): void {
    if (this.styled) change();
    else this.pending.push(change);
  }

  private showSelection(): void {
    this.source('selection').setData({
      type: 'FeatureCollection',
      features: selectedFeatures(
        { units: this.base.units.features, areas: this.base.areas.features },
        this.selection,
      ),
    });
  }

  /**
   * Names the view the map shows now as the first view's SVG map names it (svg-labels.ts): the
   * same layout, at MapLibre's centre and zoom, so that the takeover changes no name and both
   * maps keep every name inside the view and clear of every other.
   */
  private layOutNames(): void {
    const container = this.map.getContainer();
    const view = { width: container.clientWidth, height: container.clientHeight };
    if (view.width === 0 || view.height === 0) return;
    const { lng, lat } = this.map.getCenter();
    const labels = staticLabels({
      mercator: mercatorAround([lng, lat], this.map.getZoom(), view),
      view,
      units: this.base.units.features,
      places: this.places,
      chosen: this.place,
      lang: this.lang,
      covered: this.covered,
    });
    const { units, towns } = namesAsFeatures(labels, this.placesById, (x, y) => {
      const { lng, lat } = this.map.unproject([x, y]);
      return [lng, lat];
    });
    this.whenStyled(() => {
      this.source('unit-names').setData(units);
      this.source('places').setData(towns);
    });
  }

  private source(id: string): maplibregl.GeoJSONSource {
    return this.map.getSource(id) as maplibregl.GeoJSONSource;
  }
}
