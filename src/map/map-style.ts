import type { FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { OVERLAY_ROLES, type OverlayRole } from '../model/scenario-view.ts';
import type { Palette } from './palette.ts';

const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Names of the pattern images the style refers to; the map adds them from the palette. */
export const patternImageId = (role: OverlayRole | 'contested') => `pattern-${role}`;

/** A filter that matches nothing until a scenario or a selection fills it in. */
export const matchIds = (property: string, ids: readonly string[]): FilterSpecification => [
  'in',
  ['get', property],
  ['literal', [...ids]],
];

/** Layers whose filter changes with the scenario: tint, pattern and outline per overlay role. */
export const roleLayerIds = (role: OverlayRole) =>
  [`${role}-tint`, `${role}-pattern`, `${role}-outline`] as const;

/**
 * The whole map style, self-contained: GeoJSON sources filled in by the app, no tiles, glyphs or
 * sprites, so MapLibre never requests anything from another origin. Scenario areas share one
 * source and are shown by filter, so switching scenarios never reloads data.
 */
export function mapStyle(palette: Palette): StyleSpecification {
  const source = { type: 'geojson' as const, data: empty };
  const nothing = matchIds('id', []);
  const roleFills: LayerSpecification[] = OVERLAY_ROLES.flatMap((role) => {
    const [tint, pattern] = roleLayerIds(role);
    return [
      {
        id: tint,
        type: 'fill',
        source: 'areas',
        filter: nothing,
        paint: { 'fill-color': palette.roles[role].color, 'fill-opacity': 0.14 },
      },
      {
        id: pattern,
        type: 'fill',
        source: 'areas',
        filter: nothing,
        paint: { 'fill-pattern': patternImageId(role) },
      },
    ];
  });
  const roleOutlines: LayerSpecification[] = OVERLAY_ROLES.map((role) => ({
    id: roleLayerIds(role)[2],
    type: 'line',
    source: 'areas',
    filter: nothing,
    paint: { 'line-color': palette.roles[role].color, 'line-width': 1.6 },
  }));
  return {
    version: 8,
    sources: {
      countries: source,
      units: source,
      'unit-borders': source,
      'ukraine-border': source,
      control: source,
      'pre-invasion': source,
      areas: source,
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
      ...roleFills,
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
      ...roleOutlines,
      {
        id: 'unit-selected',
        type: 'line',
        source: 'units',
        filter: matchIds('iso', []),
        layout: { 'line-join': 'round' },
        paint: { 'line-color': palette.selected, 'line-width': 3 },
      },
      {
        id: 'area-selected',
        type: 'line',
        source: 'areas',
        filter: nothing,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': palette.selected, 'line-width': 3 },
      },
    ],
  };
}
