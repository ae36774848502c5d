import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../model/format-figures.ts';
import type { Palette } from '../style/palette.ts';
import { LABEL_FONT } from './label-fonts.ts';
import { labelledUnits, labelText, unitLabelOrder } from './unit-labels.ts';

/** The symbol layer that names the oblasts. */
export const UNIT_NAMES_LAYER = 'unit-names';

/**
 * One point per named unit at its label point (shipped with the units, so nothing is computed in
 * the browser), with its short name in each language and its collision order.
 */
export function unitNameFeatures(
  units: GeoJSON.FeatureCollection,
  places: readonly { oblast: string }[],
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const area = new Map(units.features.map((f) => [f.properties?.iso, f.properties?.area_km2]));
  const named = labelledUnits(units.features);
  const order = unitLabelOrder(named, places, (iso) => Number(area.get(iso) ?? 0));
  return {
    type: 'FeatureCollection',
    features: named.map((unit) => ({
      type: 'Feature',
      properties: {
        iso: unit.iso,
        name_en: labelText(unit, 'en'),
        name_uk: labelText(unit, 'uk'),
        sort: order.get(unit.iso)!,
      },
      geometry: { type: 'Point', coordinates: [unit.label_lon, unit.label_lat] },
    })),
  };
}

export const unitNameField = (lang: Lang): ExpressionSpecification => ['get', `name_${lang}`];

/**
 * Oblast names drawn by MapLibre: in spaced capitals, so "LUHANSK" the oblast reads apart from
 * Luhansk the town; placed before the towns (the layer is stacked above theirs, and MapLibre places
 * the upper layer first) and after the chosen place, so a name is shown whenever it fits. Where not
 * all fit, unitLabelOrder decides.
 */
export function unitNamesLayer(palette: Palette, lang: Lang): LayerSpecification {
  return {
    id: UNIT_NAMES_LAYER,
    type: 'symbol',
    source: 'unit-names',
    layout: {
      'text-field': unitNameField(lang),
      'text-font': [LABEL_FONT.semibold],
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, 9, 5, 11, 7, 13.5],
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.06,
      'text-max-width': 7,
      'text-padding': 1,
      'symbol-sort-key': ['get', 'sort'],
    },
    paint: {
      'text-color': palette.labelInk,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 1.6,
    },
  };
}
