import type { Lang } from '../model/format-figures.ts';
import type { PlaceRecord } from '../model/places-data.ts';
import type { Palette } from '../style/palette.ts';
import { STATIC_LABEL_FAMILY } from './label-fonts.ts';
import {
  layoutLabels,
  type Box,
  type LabelCandidate,
  type PlacedLabel,
  type Room,
} from './label-layout.ts';
import { LABEL_SIZES, LINE_EM, sizeAt } from './label-sizes.ts';
import { svgElement } from './svg-shapes.ts';
import { roomFor, townsToName } from '../model/towns-to-name.ts';
import { labelText } from '../model/unit-label-text.ts';
import { labelledUnits, unitLabelOrder, unitLabelPoint } from './unit-labels.ts';
import { project, zoomOf, type ScreenMercator } from './web-mercator.ts';

/**
 * How each kind of name is set: as the MapLibre layers set them (unit-names.ts, place-labels.ts),
 * at the size label-sizes.ts gives for the map's zoom.
 */
const STYLES = {
  unit: { weight: 600, spacing: 0.06 },
  town: { weight: 400, spacing: 0 },
  chosen: { weight: 600, spacing: 0 },
} as const;
type Style = keyof typeof STYLES;

/**
 * The corner MapLibre's buttons take, top right (zoom in and out, fullscreen: 29 px buttons, 10 px
 * from the edges and each other, by its stylesheet): no name goes under them, on either map, so
 * that the names stay as they are when the buttons come with MapLibre.
 */
const CONTROLS = { width: 44, height: 112 };
/** The control data's credit in the bottom-right corner (index.html, map.css): no name under it. */
const CREDIT = { width: 120, height: 16 };

export type StaticLabel = PlacedLabel & { style: Style; size: number };

export interface StaticLabelInput {
  mercator: ScreenMercator;
  view: { width: number; height: number };
  /** The units, features or a topology's geometries: their properties name them (unit-labels.ts). */
  units: readonly { properties?: unknown }[];
  places: readonly PlaceRecord[];
  chosen: PlaceRecord | null;
  lang: Lang;
  /** What the page covers of the map (the legend): no name goes there (MapView.keepClear). */
  covered?: readonly Box[];
}

const font = (style: Style, size: number) =>
  `${STYLES[style].weight} ${size}px "${STATIC_LABEL_FAMILY}", sans-serif`;

/**
 * The names on the static map and where they go: the oblast names that fit, the chosen place
 * always (on a side its oblast's name leaves free if it can: the static map cannot zoom in to make
 * room), then the towns (townsToName: those the sources name first and at every scale, then the
 * ranks the scale shows), none overlapping another (layoutLabels).
 */
export function staticLabels(input: StaticLabelInput): StaticLabel[] {
  const { mercator, lang } = input;
  // The MapLibre zoom at which a degree is as long as here.
  const zoom = zoomOf(mercator);
  const { sizes, fonts } = typesAt(zoom);
  const measure = document.createElement('canvas').getContext('2d')!;
  let fontOf: Style | null = null;
  const candidate = (
    id: string,
    text: string,
    [lon, lat, north, south]: readonly number[],
    style: Style,
    others: readonly (readonly number[])[] = [],
  ): LabelCandidate & { style: Style; size: number } => {
    const [x, y] = project(mercator, [lon!, lat!]);
    const { spacing } = STYLES[style];
    const size = sizes[style];
    const kind = style === 'unit' ? 'centre' : 'beside';
    // Measured when the layout first reads it: most towns on a crowded map are left out before.
    let width: number | null = null;
    return {
      id,
      text,
      x,
      y,
      get width() {
        // Setting a canvas's font parses it: once per style, not once per name.
        if (style !== fontOf) measure.font = fonts[(fontOf = style)];
        width ??= measure.measureText(text).width + spacing * size * text.length;
        return width;
      },
      // No letter of the label font (or a fallback) is narrower than an eighth of its size;
      // accents that combine with a letter take no room.
      minWidth: (spacing + 0.125) * size * text.replace(/\p{M}/gu, '').length,
      height: size * LINE_EM,
      kind,
      ...(north === undefined ? {} : { room: roomAt(mercator, [lon!, lat!, north, south!]) }),
      alternatives: others.map((point) => [
        ...project(mercator, [point[0]!, point[1]!]),
        roomAt(mercator, point),
      ]),
      style,
      size,
      always: style === 'chosen',
    };
  };
  const units = labelledUnits(input.units);
  const area = new Map(units.map((unit) => [unit.iso, unit.area_km2]));
  const order = unitLabelOrder(units, input.places, (iso) => Number(area.get(iso) ?? 0));
  const towns = townsToName(input.places, zoom, input.chosen);
  const chosen = input.chosen
    ? [candidate(input.chosen.id, input.chosen.name[lang], placePoint(input.chosen), 'chosen')]
    : [];
  const candidates = [
    ...units
      .sort((a, b) => order.get(a.iso)! - order.get(b.iso)!)
      .map((u) =>
        candidate(
          u.iso,
          labelText(u, lang).toLocaleUpperCase(lang),
          unitLabelPoint(u, zoom),
          'unit',
          u.label_alternatives,
        ),
      ),
    ...chosen,
    ...towns.map((p) => {
      const town = candidate(p.id, p.name[lang], placePoint(p), 'town');
      // Not spread into a new object: that would read (measure) its width at once.
      town.makeRoom = roomFor(p);
      town.oblast = p.oblast;
      return town;
    }),
  ];
  return layoutLabels(candidates, input.view, [
    ...reservedCorners(input.view),
    ...(input.covered ?? []),
  ]) as StaticLabel[];
}

/** Each style's type size at a zoom (pixels, to a hundredth) and its font, as a canvas sets it. */
function typesAt(zoom: number) {
  const sizes = Object.fromEntries(
    Object.keys(STYLES).map((style) => [
      style,
      Math.round(sizeAt(LABEL_SIZES[style as Style], zoom) * 100) / 100,
    ]),
  ) as Record<Style, number>;
  const fonts = Object.fromEntries(
    Object.keys(STYLES).map((style) => [style, font(style as Style, sizes[style as Style])]),
  ) as Record<Style, string>;
  return { sizes, fonts };
}

/**
 * The room a name has above and below a point, in pixels, from its room in degrees north and south
 * of it (`[lon, lat, north, south]`, unit-labels.ts).
 */
function roomAt(mercator: ScreenMercator, [lon, lat, north, south]: readonly number[]): Room {
  const y = (latitude: number) => project(mercator, [lon!, latitude])[1];
  return { above: y(lat!) - y(lat! + north!), below: y(lat! - south!) - y(lat!) };
}

/** The map's corners no name goes in: its buttons' (top right) and its credit's (bottom right). */
function reservedCorners({ width, height }: { width: number; height: number }) {
  const buttons = { left: width - CONTROLS.width, top: 0, right: width, bottom: CONTROLS.height };
  const credit = {
    left: width - CREDIT.width,
    top: height - CREDIT.height,
    right: width,
    bottom: height,
  };
  return [buttons, credit];
}

const placePoint = (place: PlaceRecord): [number, number] => [place.lon, place.lat];

/**
 * The names as SVG: a dot for each town, and each name in the label ink with a halo. What every
 * name and dot share is said once, on the group (SVG's presentation attributes are inherited):
 * each attribute on each element is one more to parse and style on the first view.
 */
export function svgLabelGroup(labels: readonly StaticLabel[], palette: Palette): SVGGElement {
  const group = svgElement('g', {
    class: 'svg-labels',
    'aria-hidden': 'true',
    fill: palette.labelInk,
    stroke: palette.labelHalo,
    'font-family': `'${STATIC_LABEL_FAMILY}', sans-serif`,
    'dominant-baseline': 'central',
    'stroke-linejoin': 'round',
  });
  for (const label of labels) {
    const { size } = label;
    const { weight, spacing } = STYLES[label.style];
    if (label.kind === 'beside')
      group.append(
        svgElement('circle', {
          cx: label.x.toFixed(1),
          cy: label.y.toFixed(1),
          r: label.style === 'chosen' ? '4' : '2.5',
        }),
      );
    const text = svgElement('text', {
      x: label.left.toFixed(1),
      y: (label.top + label.height / 2).toFixed(1),
      'font-size': String(size),
      'font-weight': String(weight),
      'letter-spacing': `${spacing * size}`,
      // The halo under the letters; a dot's keeps the order shapes are painted in.
      'stroke-width': '3',
      'paint-order': 'stroke',
      'data-id': label.id,
    });
    text.textContent = label.text;
    group.append(text);
  }
  return group;
}

/**
 * The same names painted onto a canvas (`scale` canvas pixels per map pixel), for the picture of
 * the static map: an SVG drawn as an image may not use the page's fonts, a canvas may.
 */
export function paintLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly StaticLabel[],
  palette: Palette,
  scale: number,
): void {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const label of labels) {
    const { size } = label;
    const { spacing } = STYLES[label.style];
    if (label.kind === 'beside') {
      ctx.beginPath();
      ctx.arc(label.x, label.y, label.style === 'chosen' ? 4 : 2.5, 0, 2 * Math.PI);
      ctx.fillStyle = palette.labelInk;
      ctx.strokeStyle = palette.labelHalo;
      ctx.lineWidth = 1;
      ctx.fill();
      ctx.stroke();
    }
    ctx.font = font(label.style, size);
    ctx.letterSpacing = `${spacing * size}px`;
    ctx.lineWidth = 3;
    ctx.strokeStyle = palette.labelHalo;
    ctx.fillStyle = palette.labelInk;
    const y = label.top + label.height / 2;
    ctx.strokeText(label.text, label.left, y);
    ctx.fillText(label.text, label.left, y);
  }
  ctx.restore();
}
