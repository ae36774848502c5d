import { describe, expect, it } from 'vitest';
import { baseFeatures } from './base-features.ts';
import type { BaseGeometry } from './map-view.ts';

const square = (x: number): GeoJSON.Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 1],
      [x, 0],
    ],
  ],
});
const polygons = (...properties: Record<string, unknown>[]) => ({
  type: 'FeatureCollection' as const,
  features: properties.map((p, i) => ({
    type: 'Feature' as const,
    properties: p,
    geometry: square(i),
  })),
});
const lines: GeoJSON.MultiLineString = { type: 'MultiLineString', coordinates: [] };

const base: Omit<BaseGeometry, 'topologies'> = {
  countries: polygons({ name: 'Poland' }),
  units: polygons({ iso: 'UA-14', name_en: 'Donetsk' }, { iso: 'UA-09', name_en: 'Luhansk' }),
  unitBorders: lines,
  ukraineBorder: lines,
  areas: polygons({ id: 'istanbul-withdrawal' }),
  preInvasion: polygons({ kind: 'held' }, { kind: 'contested' }),
};

describe('baseFeatures', () => {
  const features = baseFeatures(base).features;
  const parts = features.map((f) => f.properties?.part);

  it('tags every feature with the part of the map it belongs to', () => {
    expect(parts).toEqual([
      'country',
      'unit',
      'unit',
      'unit-border',
      'ukraine-border',
      'area',
      'pre-invasion',
    ]);
  });

  it('keeps each feature’s own properties', () => {
    expect(features[1]!.properties).toMatchObject({ iso: 'UA-14', name_en: 'Donetsk' });
    expect(features[5]!.properties).toMatchObject({ id: 'istanbul-withdrawal' });
  });

  it('draws the held area of 23 February 2022 as the pre-invasion line, not its grey zone', () => {
    const preInvasion = features.filter((f) => f.properties?.part === 'pre-invasion');
    expect(preInvasion.map((f) => f.properties?.kind)).toEqual(['held']);
  });

  it('does not change the geometry it is given', () => {
    expect(features[1]!.geometry).toBe(base.units.features[0]!.geometry);
  });
});
