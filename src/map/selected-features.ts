import type { GeoJsonProperties } from 'geojson';
import type { Selection } from '../model/selection.ts';

/** Anything with the pipeline's properties: a GeoJSON feature, or a topology's geometry. */
type WithProperties = { properties?: GeoJsonProperties };

/**
 * The unit and the area selected, among the base geometry's units (by `iso`) and areas (by `id`):
 * what both maps outline, MapLibre from features, the SVG map from the topologies' geometries.
 */
export function selectedFeatures<T extends WithProperties>(
  layers: { units: readonly T[]; areas: readonly T[] },
  selection: Selection,
): T[] {
  const { unit, area } = selection;
  return [
    ...layers.units.filter((f) => unit && f.properties?.iso === unit),
    ...layers.areas.filter((f) => area && f.properties?.id === area),
  ];
}
