import type { Lang } from '../model/format-figures.ts';
import type { PlaceRecord } from '../model/places-data.ts';
import type { OverlayRole } from '../model/roles.ts';
import type { Selection } from '../model/selection.ts';
import type { Box } from '../map/label-layout.ts';
import type { MapSnapshot, MapView } from '../map/map-view.ts';
import type { Palette } from '../style/palette.ts';

type Polygons = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/** Everything a map has been told, so that another map can be told the same. */
export interface MapViewState {
  control: Polygons | null;
  drawn: Record<OverlayRole, readonly string[]> | null;
  selection: Selection | null;
  place: PlaceRecord | null;
  palette: Palette;
  lang: Lang | null;
  covered: readonly Box[];
}

/**
 * The map the app talks to while one map hands over to another: every call goes to the map on
 * screen and is remembered; `switchTo` tells the next map the same, waits until it has drawn all of
 * it (again, if the reader changed something meanwhile), and only then removes the first. The
 * reader's state (scenario, date, region, place, theme, language) carries over whole.
 */
export class SwitchingMap implements MapView {
  private current: MapView;
  private readonly told: MapViewState;
  /** Increases with every call that changes what is drawn. */
  private changes = 0;
  private handler: (iso: string) => void = () => {};
  private destroyed = false;

  constructor(first: MapView, palette: Palette) {
    this.current = first;
    this.told = {
      control: null,
      drawn: null,
      selection: null,
      place: null,
      palette,
      lang: null,
      covered: [],
    };
  }

  /** What the next map must show. */
  get state(): Readonly<MapViewState> {
    return this.told;
  }

  showControl(control: Polygons): Promise<void> {
    this.changed({ control });
    return this.current.showControl(control);
  }

  showScenario(drawn: Record<OverlayRole, readonly string[]>): void {
    this.changed({ drawn });
    this.current.showScenario(drawn);
  }

  select(selection: Selection): void {
    this.changed({ selection });
    this.current.select(selection);
  }

  showPlace(place: PlaceRecord | null): void {
    this.changed({ place });
    this.current.showPlace(place);
  }

  setPalette(palette: Palette): void {
    this.changed({ palette });
    this.current.setPalette(palette);
  }

  setLang(lang: Lang): void {
    this.changed({ lang });
    this.current.setLang(lang);
  }

  keepClear(boxes: readonly Box[]): void {
    this.changed({ covered: boxes });
    this.current.keepClear(boxes);
  }

  onUnitClick(handler: (iso: string) => void): void {
    this.handler = handler;
    this.current.onUnitClick(handler);
  }

  rendered(): Promise<void> {
    return this.current.rendered();
  }

  snapshot(pixelRatio: number): Promise<MapSnapshot> {
    return this.current.snapshot(pixelRatio);
  }

  destroy(): void {
    this.destroyed = true;
    this.current.destroy();
  }

  /**
   * Hands the view to `next` once it has drawn everything the current map shows; resolves true
   * then, false if this map was destroyed meanwhile (and `next` with it).
   */
  async switchTo(next: MapView): Promise<boolean> {
    next.onUnitClick(this.handler);
    let drawn = -1;
    while (drawn !== this.changes && !this.destroyed) {
      drawn = this.changes;
      tell(next, this.told);
      await next.rendered();
    }
    if (this.destroyed) {
      next.destroy();
      return false;
    }
    const previous = this.current;
    this.current = next;
    previous.destroy();
    return true;
  }

  private changed(change: Partial<MapViewState>): void {
    Object.assign(this.told, change);
    this.changes += 1;
  }
}

/** Tells a map what another was told, in the order the app first tells a map. */
function tell(map: MapView, told: MapViewState): void {
  if (told.lang) map.setLang(told.lang);
  map.setPalette(told.palette);
  if (told.drawn) map.showScenario(told.drawn);
  if (told.selection) map.select(told.selection);
  map.showPlace(told.place);
  map.keepClear(told.covered);
  if (told.control) void map.showControl(told.control);
}
