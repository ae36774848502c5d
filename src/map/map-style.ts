import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { OverlayRole } from '../model/roles.ts';
import type { Overlay } from '../model/scenario-view.ts';
import type { BasePart } from './base-features.ts';
import type { Palette } from '../style/palette.ts';
import { labelFontFaces } from './label-fonts.ts';
import { placeLabelLayers } from './place-labels.ts';
import { unitNamesLayer } from './unit-names.ts';

const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Names of the pattern images the style refers to; the map adds them from the palette. */
export const patternImageId = (role: OverlayRole | 'contested' | ChangeKind) => `pattern-${role}`;

/** What a comparison of two days adds to the control source (kind), beside held and contested. */
export type ChangeKind = 'taken' | 'regained';

/**
 * What the sources hold when the map starts: given in the style, MapLibre tiles them as soon as it
 * has read it, instead of after a first empty frame and a `setData` each.
 */
export interface StyleData {
  base: GeoJSON.FeatureCollection;
  control: GeoJSON.FeatureCollection;
  /** The towns the static layout named, each at its point (namesAsFeatures). */
  places: GeoJSON.FeatureCollection;
  /** The oblasts' names, each at the middle of its box (namesAsFeatures). */
  unitNames: GeoJSON.FeatureCollection;
}

export const overlayKey = (o: Overlay) => `${o.area}:${o.role}`;

/** The tint, pattern and outline layers of one overlay, and the opacity each has when shown. */
export const overlayLayers = (o: Overlay) =>
  [
    { id: `overlay:${overlayKey(o)}:tint`, property: 'fill-opacity', shown: 0.14 },
    { id: `overlay:${overlayKey(o)}:pattern`, property: 'fill-opacity', shown: 1 },
    { id: `overlay:${overlayKey(o)}:outline`, property: 'line-opacity', shown: 1 },
  ] as const;

/**
 * For fills whose edges a line layer draws over anyway: MapLibre's antialiasing draws every edge of
 * a fill a second time, as lines, which costs a frame several milliseconds in software GL and shows
 * nothing here. The held area and grey zone keep it: no line covers the front line.
 */
const edgesDrawnAbove = { 'fill-antialias': false } as const;

/** Only the features of one part of the base source (base-features.ts). */
const partIs = (part: BasePart): ExpressionSpecification => ['==', ['get', 'part'], part];

/**
 * The whole map style, self-contained: GeoJSON sources filled in by the app, no tiles, glyphs or
 * sprites, so MapLibre never requests anything from another origin. `base` holds everything that
 * never changes, `control` the held area of the date shown, `selection` the one unit or area
 * selected; the layers of each are kept together, because every change of source between layers
 * costs a stencil pass (see baseFeatures).
 *
 * Selection is a source of its own, not feature state on the base: a layer outlining every unit and
 * area with round joins, hidden by feature state, made two thirds of a frame's triangles, and in
 * software GL a frame's cost follows its triangles.
 *
 * Every area a scenario draws has its own layers, laid out once; a scenario is shown by turning
 * their opacity up. MapLibre skips drawing a layer whose opacity is 0, and an opacity change only
 * repaints, so switching scenarios neither reloads data nor re-tiles anything. `shown` lists the
 * overlays (by overlayKey) visible now.
 */
export function mapStyle(
  palette: Palette,
  overlays: readonly Overlay[],
  shown: ReadonlySet<string> = new Set(),
  data: StyleData = { base: empty, control: empty, places: empty, unitNames: empty },
): StyleSpecification {
  const { fills, outlines } = overlayStyleLayers(palette, overlays, shown);
  const [townNames, selectedPlace] = placeLabelLayers(palette);
  return {
    version: 8,
    // No `glyphs`: MapLibre draws the labels' glyphs itself from these files (label-fonts.ts).
    'font-faces': labelFontFaces,
    // Changes show at once: a transition would hold back MapLibre's "idle", and so readiness.
    transition: { duration: 0, delay: 0 },
    sources: {
      base: { type: 'geojson', data: data.base },
      control: { type: 'geojson', data: data.control },
      selection: { type: 'geojson', data: empty },
      places: { type: 'geojson', data: data.places },
      'unit-names': { type: 'geojson', data: data.unitNames },
    },
    layers: [
      ...landLayers(palette),
      ...controlLayers(palette),
      ...changeLayers(palette),
      ...fills,
      ...lineLayers(palette),
      ...outlines,
      {
        id: 'selected',
        type: 'line',
        source: 'selection',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': palette.selected, 'line-width': 3 },
      },
      // The names where the static layout put them (maplibre-names.ts): the chosen place on top.
      townNames!,
      unitNamesLayer(palette),
      selectedPlace!,
    ],
  };
}

/** Each overlay's tint and pattern (under the borders) and outline (over them). */
function overlayStyleLayers(
  palette: Palette,
  overlays: readonly Overlay[],
  shown: ReadonlySet<string>,
): { fills: LayerSpecification[]; outlines: LayerSpecification[] } {
  const fills: LayerSpecification[] = [];
  const outlines: LayerSpecification[] = [];
  for (const overlay of overlays) {
    const [tint, pattern, outline] = overlayLayers(overlay);
    const visible = shown.has(overlayKey(overlay));
    const opacity = (layer: { shown: number }) => (visible ? layer.shown : 0);
    const filter: FilterSpecification = [
      'all',
      partIs('area'),
      ['==', ['get', 'id'], overlay.area],
    ];
    const color = palette.roles[overlay.role].color;
    fills.push(
      {
        id: tint.id,
        type: 'fill',
        source: 'base',
        filter,
        paint: { 'fill-color': color, 'fill-opacity': opacity(tint), ...edgesDrawnAbove },
      },
      {
        id: pattern.id,
        type: 'fill',
        source: 'base',
        filter,
        paint: {
          'fill-pattern': patternImageId(overlay.role),
          'fill-opacity': opacity(pattern),
          ...edgesDrawnAbove,
        },
      },
    );
    outlines.push({
      id: outline.id,
      type: 'line',
      source: 'base',
      filter,
      paint: { 'line-color': color, 'line-width': 1.6, 'line-opacity': opacity(outline) },
    });
  }
  return { fills, outlines };
}

/** The sea, the neighbours and Ukraine's units: the ground everything else is drawn on. */
function landLayers(palette: Palette): LayerSpecification[] {
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
    {
      id: 'countries',
      type: 'fill',
      source: 'base',
      filter: partIs('country'),
      paint: { 'fill-color': palette.neighbourLand, ...edgesDrawnAbove },
    },
    {
      id: 'country-borders',
      type: 'line',
      source: 'base',
      filter: partIs('country'),
      paint: { 'line-color': palette.neighbourBorder, 'line-width': 0.8 },
    },
    {
      id: 'units',
      type: 'fill',
      source: 'base',
      filter: partIs('unit'),
      paint: { 'fill-color': palette.ukraineLand, ...edgesDrawnAbove },
    },
  ];
}

/** The held area and the grey zone of the date shown. */
function controlLayers(palette: Palette): LayerSpecification[] {
  return [
    {
      id: 'held',
      type: 'fill',
      source: 'control',
      filter: ['==', ['get', 'kind'], 'held'],
      paint: { 'fill-color': palette.held, 'fill-opacity': palette.heldOpacity },
    },
    {
      id: 'contested',
      type: 'fill',
      source: 'control',
      filter: ['==', ['get', 'kind'], 'contested'],
      paint: { 'fill-pattern': patternImageId('contested') },
    },
  ];
}

/** The units' borders, the line of 23 February 2022 and Ukraine's border, over the fills. */
function lineLayers(palette: Palette): LayerSpecification[] {
  return [
    {
      id: 'unit-borders',
      type: 'line',
      source: 'base',
      filter: partIs('unit-border'),
      paint: {
        'line-color': palette.unitBorder,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 8, 1.2],
      },
    },
    {
      id: 'pre-invasion',
      type: 'line',
      source: 'base',
      filter: partIs('pre-invasion'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': palette.preInvasion,
        'line-width': 1.4,
        'line-dasharray': [2, 1.5],
      },
    },
    {
      id: 'ukraine-border',
      type: 'line',
      source: 'base',
      filter: partIs('ukraine-border'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': palette.ukraineBorder,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1, 8, 2],
      },
    },
  ];
}

/**
 * A comparison's layers, from the control source (app/compare-control.ts adds the features): the
 * land taken and regained, each tinted and patterned in its own colour, and the earlier day's held
 * area as a thin line. Without a comparison the source has no such features and they draw nothing.
 */
function changeLayers(palette: Palette): LayerSpecification[] {
  const kindIs = (kind: string): FilterSpecification => ['==', ['get', 'kind'], kind];
  return [
    ...(['taken', 'regained'] as const).flatMap((kind): LayerSpecification[] => [
      {
        id: kind,
        type: 'fill',
        source: 'control',
        filter: kindIs(kind),
        paint: { 'fill-color': palette.change[kind].color, 'fill-opacity': 0.35 },
      },
      {
        id: `${kind}:pattern`,
        type: 'fill',
        source: 'control',
        filter: kindIs(kind),
        // Its tint, just below, draws the edge once.
        paint: { 'fill-pattern': patternImageId(kind), ...edgesDrawnAbove },
      },
    ]),
    {
      id: 'since-line',
      type: 'line',
      source: 'control',
      filter: kindIs('since'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.change.sinceLine, 'line-width': 0.8 },
    },
  ];
}
