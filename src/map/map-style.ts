import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Overlay, OverlayRole } from '../model/scenario-view.ts';
import type { Palette } from './palette.ts';

const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Names of the pattern images the style refers to; the map adds them from the palette. */
export const patternImageId = (role: OverlayRole | 'contested') => `pattern-${role}`;

export const overlayKey = (o: Overlay) => `${o.area}:${o.role}`;

/** The tint, pattern and outline layers of one overlay, and the opacity each has when shown. */
export const overlayLayers = (o: Overlay) =>
  [
    { id: `overlay:${overlayKey(o)}:tint`, property: 'fill-opacity', shown: 0.14 },
    { id: `overlay:${overlayKey(o)}:pattern`, property: 'fill-opacity', shown: 1 },
    { id: `overlay:${overlayKey(o)}:outline`, property: 'line-opacity', shown: 1 },
  ] as const;

/**
 * The whole map style, self-contained: GeoJSON sources filled in by the app, no tiles, glyphs or
 * sprites, so MapLibre never requests anything from another origin.
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
): StyleSpecification {
  const source = { type: 'geojson' as const, data: empty };
  // Selection is feature state keyed by these ids: it repaints without re-tiling any source.
  const keyed = (promoteId: string) => ({ ...source, promoteId });
  const whenSelected: ExpressionSpecification = [
    'case',
    ['boolean', ['feature-state', 'selected'], false],
    1,
    0,
  ];
  const fills: LayerSpecification[] = [];
  const outlines: LayerSpecification[] = [];
  for (const overlay of overlays) {
    const [tint, pattern, outline] = overlayLayers(overlay);
    const visible = shown.has(overlayKey(overlay));
    const opacity = (layer: { shown: number }) => (visible ? layer.shown : 0);
    const filter: FilterSpecification = ['==', ['get', 'id'], overlay.area];
    const color = palette.roles[overlay.role].color;
    fills.push(
      {
        id: tint.id,
        type: 'fill',
        source: 'areas',
        filter,
        paint: { 'fill-color': color, 'fill-opacity': opacity(tint) },
      },
      {
        id: pattern.id,
        type: 'fill',
        source: 'areas',
        filter,
        paint: { 'fill-pattern': patternImageId(overlay.role), 'fill-opacity': opacity(pattern) },
      },
    );
    outlines.push({
      id: outline.id,
      type: 'line',
      source: 'areas',
      filter,
      paint: { 'line-color': color, 'line-width': 1.6, 'line-opacity': opacity(outline) },
    });
  }
  return {
    version: 8,
    // Changes show at once: a transition would hold back MapLibre's "idle", and so readiness.
    transition: { duration: 0, delay: 0 },
    sources: {
      countries: source,
      units: keyed('iso'),
      'unit-borders': source,
      'ukraine-border': source,
      control: source,
      'pre-invasion': source,
      areas: keyed('id'),
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
      {
        id: 'countries',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': palette.neighbourLand },
      },
      {
        id: 'country-borders',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': palette.neighbourBorder, 'line-width': 0.8 },
      },
      { id: 'units', type: 'fill', source: 'units', paint: { 'fill-color': palette.ukraineLand } },
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
      ...fills,
      {
        id: 'unit-borders',
        type: 'line',
        source: 'unit-borders',
        paint: {
          'line-color': palette.unitBorder,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 8, 1.2],
        },
      },
      {
        id: 'pre-invasion',
        type: 'line',
        source: 'pre-invasion',
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
        source: 'ukraine-border',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': palette.ukraineBorder,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1, 8, 2],
        },
      },
      ...outlines,
      {
        id: 'unit-selected',
        type: 'line',
        source: 'units',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': palette.selected, 'line-width': 3, 'line-opacity': whenSelected },
      },
      {
        id: 'area-selected',
        type: 'line',
        source: 'areas',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': palette.selected, 'line-width': 3, 'line-opacity': whenSelected },
      },
    ],
  };
}
