import { describe, expect, it } from 'vitest';
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
const layers = {
  units: collection(feature({ iso: 'UA-14' }), feature({ iso: 'UA-09' })).features,
  areas: collection(feature({ id: 'istanbul-withdrawal' })).features,
};

describe('selectedFeatures', () => {
  it('finds the selected unit by its ISO code and the selected area by its id', () => {
    expect(selectedFeatures(layers, { unit: 'UA-09', area: null })).toEqual([layers.units[1]]);
    expect(selectedFeatures(layers, { unit: null, area: 'istanbul-withdrawal' })).toEqual([
      layers.areas[0],
    ]);
  });

  it('is empty when nothing, or nothing known, is selected', () => {
    expect(selectedFeatures(layers, { unit: null, area: null })).toEqual([]);
    expect(selectedFeatures(layers, { unit: 'UA-99', area: 'nowhere' })).toEqual([]);
  });
});
