import type { StyleSpecification } from 'maplibre-gl';
import type { Palette } from './palette.ts';

export const HATCH_IMAGE = 'hatch';

const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The whole map style, self-contained: GeoJSON sources filled in by the app, no tiles, glyphs or
 * sprites, so MapLibre never requests anything from another origin.
 */
export function mapStyle(palette: Palette): StyleSpecification {
  const source = { type: 'geojson' as const, data: empty };
  return {
    version: 8,
    sources: {
      countries: source,
      units: source,
      'unit-borders': source,
      'ukraine-border': source,
      control: source,
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
        paint: { 'fill-pattern': HATCH_IMAGE },
      },
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
        id: 'ukraine-border',
        type: 'line',
        source: 'ukraine-border',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': palette.ukraineBorder,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1, 8, 2],
        },
      },
    ],
  };
}

/** Diagonal stripes for the grey zone, drawn in code so no sprite file is needed. */
export function hatchImage(
  color: string,
  size = 8,
): { width: number; height: number; data: Uint8Array } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onStripe = (x + y) % size < 2;
      data.set(onStripe ? [r, g, b, 230] : [0, 0, 0, 0], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
