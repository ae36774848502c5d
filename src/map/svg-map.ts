import { geoArea, geoMercator, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { Lang } from '../model/format-figures.ts';
import { OVERLAY_ROLES, type OverlayRole } from '../model/roles.ts';
import type { Selection } from '../model/selection.ts';
import type { BaseGeometry, MapSnapshot, MapView } from './map-view.ts';
import type { Palette } from '../style/palette.ts';
import type { PlaceRecord } from '../model/places-data.ts';
import { PATTERN_SIZE, patternPath } from '../style/pattern.ts';
import { selectedFeatures } from './selected-features.ts';
import { labelledUnits, labelText, SMALL_UNITS } from './unit-labels.ts';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 960;
const HEIGHT = 640;

type Polygons = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/**
 * The map without WebGL: the same layers and patterns as the MapLibre map, drawn once per change as
 * a static SVG (d3-geo), with units clickable. Loaded only when it is needed.
 */
export class SvgMap implements MapView {
  private readonly svg: SVGSVGElement;
  private control: Polygons | null = null;
  private drawn: Record<OverlayRole, readonly string[]> | null = null;
  private selection: Selection = { unit: null, area: null };
  private lang: Lang = 'en';
  private place: PlaceRecord | null = null;
  private unitHandler: (iso: string) => void = () => {};

  constructor(
    container: HTMLElement,
    private palette: Palette,
    private readonly bounds: [number, number, number, number],
    label: string,
    private readonly base: BaseGeometry,
  ) {
    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
    this.svg.setAttribute('role', 'img');
    this.svg.setAttribute('aria-label', label);
    this.svg.classList.add('svg-map');
    container.replaceChildren(this.svg);
    this.draw();
  }

  async showControl(control: Polygons): Promise<void> {
    this.control = control;
    this.draw();
  }

  showScenario(drawn: Record<OverlayRole, readonly string[]>): void {
    this.drawn = drawn;
    this.draw();
  }

  select(selection: Selection): void {
    this.selection = selection;
    this.draw();
  }

  showPlace(place: PlaceRecord | null): void {
    this.place = place;
    this.draw();
  }

  setPalette(palette: Palette): void {
    this.palette = palette;
    this.draw();
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.draw();
  }

  onUnitClick(handler: (iso: string) => void): void {
    this.unitHandler = handler;
  }

  async rendered(): Promise<void> {}

  /** The SVG drawn onto a canvas through an image: its labels are part of it already. */
  async snapshot(pixelRatio: number): Promise<MapSnapshot> {
    const box = this.svg.getBoundingClientRect();
    const text = new XMLSerializer().serializeToString(this.svg);
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(box.width * pixelRatio);
      canvas.height = Math.round(box.height * pixelRatio);
      canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
      return { canvas, labels: [] };
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  destroy(): void {
    this.svg.remove();
  }

  private draw(): void {
    const projection = this.projection();
    const path = geoPath(projection);
    const p = this.palette;
    const layers: SVGElement[] = [this.patterns()];
    layers.push(rect(p.sea));
    layers.push(
      group(this.base.countries.features, path, {
        fill: p.neighbourLand,
        stroke: p.neighbourBorder,
      }),
    );
    layers.push(this.units(path));
    if (this.control) {
      const held = this.control.features.filter((f) => f.properties?.kind === 'held');
      const contested = this.control.features.filter((f) => f.properties?.kind === 'contested');
      layers.push(group(held, path, { fill: p.held, 'fill-opacity': String(p.heldOpacity) }));
      layers.push(group(contested, path, { fill: 'url(#svg-pattern-contested)' }));
      layers.push(...this.change(path));
    }
    layers.push(...this.overlays(path));
    const preInvasion = this.base.preInvasion.features.filter((f) => f.properties?.kind === 'held');
    layers.push(
      group(preInvasion, path, {
        fill: 'none',
        stroke: p.preInvasion,
        'stroke-width': '1.4',
        'stroke-dasharray': '4 3',
      }),
    );
    layers.push(line(this.base.ukraineBorder, path, p.ukraineBorder, 1.5));
    layers.push(
      group(selectedFeatures(this.base, this.selection), path, {
        fill: 'none',
        stroke: p.selected,
        'stroke-width': '3',
      }),
    );
    layers.push(this.labels(projection));
    this.svg.replaceChildren(...layers);
  }

  /** Mercator, fitted to the map's bounds as MapLibre fits them. */
  private projection(): GeoProjection {
    const [west, south, east, north] = this.bounds;
    const frame: GeoJSON.Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [west, south],
          [east, north],
        ],
      },
    };
    return geoMercator().fitExtent(
      [
        [12, 12],
        [WIDTH - 12, HEIGHT - 12],
      ],
      frame,
    );
  }

  /** The units, each a click target named by its ISO code. */
  private units(path: GeoPath): SVGGElement {
    const units = group(this.base.units.features, path, {
      fill: this.palette.ukraineLand,
      stroke: this.palette.unitBorder,
    });
    units.classList.add('svg-units');
    units.querySelectorAll('path').forEach((element, i) => {
      const iso = String(this.base.units.features[i]!.properties!.iso);
      element.dataset.iso = iso;
      element.addEventListener('click', () => this.unitHandler(iso));
    });
    return units;
  }

  /** The scenario's areas: a tint and the role's pattern with its outline, role by role. */
  private overlays(path: GeoPath): SVGElement[] {
    if (!this.drawn) return [];
    const layers: SVGElement[] = [];
    for (const role of OVERLAY_ROLES) {
      const ids = this.drawn[role];
      const features = this.base.areas.features.filter((f) =>
        ids.includes(String(f.properties?.id)),
      );
      const color = this.palette.roles[role].color;
      layers.push(group(features, path, { fill: color, 'fill-opacity': '0.14' }));
      layers.push(
        group(features, path, {
          fill: `url(#svg-pattern-${role})`,
          stroke: color,
          'stroke-width': '1.6',
        }),
      );
    }
    return layers;
  }

  /** A comparison's taken and regained land and the earlier line, as the WebGL map draws them. */
  private change(path: GeoPath): SVGElement[] {
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

  private patterns(): SVGDefsElement {
    const defs = document.createElementNS(SVG, 'defs');
    const { taken, regained } = this.palette.change;
    const styles = { ...this.palette.roles, contested: this.palette.contested, taken, regained };
    for (const [role, style] of Object.entries(styles)) {
      const pattern = document.createElementNS(SVG, 'pattern');
      pattern.id = `svg-pattern-${role}`;
      pattern.setAttribute('patternUnits', 'userSpaceOnUse');
      pattern.setAttribute('width', String(PATTERN_SIZE));
      pattern.setAttribute('height', String(PATTERN_SIZE));
      const ink = document.createElementNS(SVG, 'path');
      ink.setAttribute('d', patternPath(style.pattern));
      ink.setAttribute('fill', style.color);
      pattern.append(ink);
      defs.append(pattern);
    }
    return defs;
  }

  private labels(projection: ReturnType<typeof geoMercator>): SVGGElement {
    const labels = document.createElementNS(SVG, 'g');
    labels.classList.add('svg-labels');
    labels.setAttribute('aria-hidden', 'true');
    for (const unit of labelledUnits(this.base.units)) {
      if (SMALL_UNITS.has(unit.iso)) continue;
      const [x, y] = projection([unit.label_lon, unit.label_lat])!;
      const text = document.createElementNS(SVG, 'text');
      text.setAttribute('x', x.toFixed(1));
      text.setAttribute('y', y.toFixed(1));
      text.setAttribute('text-anchor', 'middle');
      text.textContent = labelText(unit, this.lang);
      labels.append(text);
    }
    if (this.place) labels.append(this.placeMark(projection, this.place));
    return labels;
  }

  /** The chosen place: a dot and its name, in the label's ink (the static map names no other town). */
  private placeMark(projection: GeoProjection, place: PlaceRecord): SVGGElement {
    const [x, y] = projection([place.lon, place.lat])!;
    const mark = document.createElementNS(SVG, 'g');
    mark.classList.add('svg-place');
    const dot = document.createElementNS(SVG, 'circle');
    dot.setAttribute('cx', x.toFixed(1));
    dot.setAttribute('cy', y.toFixed(1));
    dot.setAttribute('r', '4');
    dot.setAttribute('fill', this.palette.labelInk);
    dot.setAttribute('stroke', this.palette.labelHalo);
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('x', (x + 7).toFixed(1));
    text.setAttribute('y', (y + 4).toFixed(1));
    text.textContent = place.name[this.lang];
    mark.append(dot, text);
    return mark;
  }
}

function rect(fill: string): SVGRectElement {
  const element = document.createElementNS(SVG, 'rect');
  element.setAttribute('width', String(WIDTH));
  element.setAttribute('height', String(HEIGHT));
  element.setAttribute('fill', fill);
  return element;
}

function group(
  features: GeoJSON.Feature[],
  path: ReturnType<typeof geoPath>,
  attributes: Record<string, string>,
): SVGGElement {
  const g = document.createElementNS(SVG, 'g');
  for (const [name, value] of Object.entries(attributes)) g.setAttribute(name, value);
  for (const feature of features) {
    const d = path(clockwise(feature));
    if (!d) continue;
    const element = document.createElementNS(SVG, 'path');
    element.setAttribute('d', d);
    g.append(element);
  }
  return g;
}

function line(
  geometry: GeoJSON.MultiLineString,
  path: ReturnType<typeof geoPath>,
  stroke: string,
  width: number,
): SVGPathElement {
  const element = document.createElementNS(SVG, 'path');
  element.setAttribute('d', path(geometry) ?? '');
  element.setAttribute('fill', 'none');
  element.setAttribute('stroke', stroke);
  element.setAttribute('stroke-width', String(width));
  return element;
}

/**
 * d3-geo reads polygons on the sphere, where a ring's winding says which side is inside; GeoJSON
 * (RFC 7946) winds the other way. A polygon that would cover more than half the globe is one wound
 * the other way round, so its rings are reversed.
 */
function clockwise(feature: GeoJSON.Feature): GeoJSON.Feature {
  const geometry = feature.geometry;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return feature;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const fixed = polygons.map((rings) =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
      ? rings.map((ring) => ring.slice().reverse())
      : rings,
  );
  return { ...feature, geometry: { type: 'MultiPolygon', coordinates: fixed } };
}
