import type { Box } from './label-layout.ts';
import type { PackedTopology } from '../model/packed-topology.ts';
import type { Lang } from '../model/format-figures.ts';
import type { OverlayRole } from '../model/roles.ts';
import type { Selection } from '../model/selection.ts';
import type { Palette } from '../style/palette.ts';
import type { PlaceRecord } from '../model/places-data.ts';

type Polygons = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/** The topologies the base geometry is decoded from, objects "units", "countries" and "areas". */
export interface BaseTopologies {
  units: PackedTopology;
  basemap: PackedTopology;
  areas: PackedTopology;
}

/**
 * The geometry that does not change with the date or the scenario, given to a map as it is made.
 * The SVG map draws from the topologies; the GeoJSON layers are decoded when first read
 * (base-geometry.ts).
 */
export interface BaseGeometry {
  topologies: BaseTopologies;
  countries: Polygons;
  /** Features with iso, name_en, name_uk, label_lon, label_lat. */
  units: Polygons;
  unitBorders: GeoJSON.MultiLineString;
  ukraineBorder: GeoJSON.MultiLineString;
  /** Every area any scenario draws (features with id); shown by showScenario. */
  areas: Polygons;
  /** The snapshot of 23 February 2022, whose held area is drawn as a line on every date. */
  preInvasion: Polygons;
}

/**
 * What the app asks of a map, whichever draws it: MapLibre (maplibre-map.ts) or, without WebGL,
 * a static SVG (svg-map.ts). Both draw the same layers from the same palette.
 */
export interface MapView {
  /** The held area and grey zone of the date shown (features with kind held | contested). */
  showControl(control: Polygons): Promise<void>;
  showScenario(drawn: Record<OverlayRole, readonly string[]>): void;
  select(selection: Selection): void;
  /** The place the reader chose (search, URL), named above every other label; null for none. */
  showPlace(place: PlaceRecord | null): void;
  setPalette(palette: Palette): void;
  setLang(lang: Lang): void;
  /**
   * The parts of the map the page covers (the legend, over the map on a wide screen), as boxes in
   * the map's CSS pixels: no name goes under them, and the names are laid out again when they change.
   */
  keepClear(boxes: readonly Box[]): void;
  /** Called with a unit's ISO code when the reader clicks or taps it. */
  onUnitClick(handler: (iso: string) => void): void;
  /** Resolves once everything given so far is on screen. */
  rendered(): Promise<void>;
  /**
   * The map as drawn now, labels included, at `pixelRatio` device pixels per CSS pixel, for exporting
   * a picture of the view.
   */
  snapshot(pixelRatio: number): Promise<MapSnapshot>;
  /** Removes the map and everything it added to the page. */
  destroy(): void;
}

export interface MapSnapshot {
  canvas: HTMLCanvasElement;
}
