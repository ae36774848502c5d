import { describe, expect, it } from 'vitest';
import type { BaseGeometry } from './map-view.ts';
import { selectedFeatures } from './selected-features.ts';

const feature = (properties: Record<string, string>): GeoJSON.Feature<GeoJSON.Polygon> => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates: [] },
});
const collection = (...features: GeoJSON.Feature<GeoJSON.Polygon>[]) => ({
  type: 'FeatureCollection' as const,
  features,
});
const lines: GeoJSON.MultiLineString = { type: 'MultiLineString', coordinates: [] };
const base: BaseGeometry = {
  countries: collection(),
  units: collection(feature({ iso: 'UA-14' }), feature({ iso: 'UA-09' })),
  unitBorders: lines,
  ukraineBorder: lines,
  areas: collection(feature({ id: 'istanbul-withdrawal' })),
  preInvasion: collection(),
};

describe('selectedFeatures', () => {
  it('finds the selected unit by its ISO code and the selected area by its id', () => {
    expect(selectedFeatures(base, { unit: 'UA-09', area: null })).toEqual([base.units.features[1]]);
    expect(selectedFeatures(base, { unit: null, area: 'istanbul-withdrawal' })).toEqual([
      base.areas.features[0],
    ]);
  });

  it('is empty when nothing, or nothing known, is selected', () => {
    expect(selectedFeatures(base, { unit: null, area: null })).toEqual([]);
    expect(selectedFeatures(base, { unit: 'UA-99', area: 'nowhere' })).toEqual([]);
  });
});
