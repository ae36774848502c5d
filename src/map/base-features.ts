import type { BaseGeometry } from './map-view.ts';

/** What a feature of the base source is; each layer of the base draws one part (map-style.ts). */
export type BasePart =
  'country' | 'unit' | 'unit-border' | 'ukraine-border' | 'area' | 'pre-invasion';

/**
 * All the geometry that never changes, as one FeatureCollection for one MapLibre source.
 *
 * Why one source: MapLibre redraws its tile clipping masks (a stencil pass over the whole map)
 * every time consecutive layers come from different sources, in each of its two render passes.
 * In software GL that pass costs several milliseconds, and seven sources in alternating order cost
 * about 20 of them a frame. With everything that never changes in one source (and the held area
 * and the selection in one each), a frame draws eight.
 *
 * Each feature keeps its properties and gains `part`.
 */
export function baseFeatures(base: Omit<BaseGeometry, 'topologies'>): GeoJSON.FeatureCollection {
  const tagged = (part: BasePart, features: GeoJSON.Feature[]) =>
    features.map((f) => ({ ...f, properties: { ...f.properties, part } }));
  const line = (part: BasePart, geometry: GeoJSON.MultiLineString): GeoJSON.Feature => ({
    type: 'Feature',
    properties: { part },
    geometry,
  });
  return {
    type: 'FeatureCollection',
    features: [
      ...tagged('country', base.countries.features),
      ...tagged('unit', base.units.features),
      line('unit-border', base.unitBorders),
      line('ukraine-border', base.ukraineBorder),
      ...tagged('area', base.areas.features),
      ...tagged(
        'pre-invasion',
        base.preInvasion.features.filter((f) => f.properties?.kind === 'held'),
      ),
    ],
  };
}
