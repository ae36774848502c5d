import type { Selection } from '../model/selection.ts';
import type { BaseGeometry } from './map-view.ts';

/** The unit and the area selected, as features of the base geometry: what both maps outline. */
export function selectedFeatures(base: BaseGeometry, selection: Selection): GeoJSON.Feature[] {
  const { unit, area } = selection;
  return [
    ...base.units.features.filter((f) => unit && f.properties?.iso === unit),
    ...base.areas.features.filter((f) => area && f.properties?.id === area),
  ];
}
