import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../model/format-figures.ts';
import { RANK_SHOWN } from '../model/place-ranks.ts';
import type { Palette } from '../style/palette.ts';
import { LABEL_FONT } from './label-fonts.ts';
import { LABEL_SIZES, sizeExpression } from './label-sizes.ts';
import { labelText } from '../model/unit-label-text.ts';
import { labelledUnits, unitLabelOrder } from './unit-labels.ts';

/** The symbol layer that names the oblasts. */
export const UNIT_NAMES_LAYER = 'unit-names';

/**
 * Two points per named unit, its pole and its point clear of the towns (shipped with the units, so
 * nothing is computed in the browser; unitLabelPoint says which is used when), each with the unit's
 * short name in each language and its collision order.
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
    features: named.flatMap((unit) =>
      ([0, 1] as const).map((towns) => ({
        type: 'Feature' as const,
        properties: {
          iso: unit.iso,
          name_en: labelText(unit, 'en'),
          name_uk: labelText(unit, 'uk'),
          sort: order.get(unit.iso)!,
          towns,
        },
        geometry: {
          type: 'Point' as const,
          coordinates: towns
            ? [unit.town_label_lon, unit.town_label_lat]
            : [unit.label_lon, unit.label_lat],
        },
      })),
    ),
  };
}

/** unitLabelPoint as MapLibre evaluates it: the pole until the zoom names towns, then the other. */
const pointShown: FilterSpecification = [
  '==',
  ['get', 'towns'],
  ['step', ['zoom'], 0, RANK_SHOWN[0]![0], 1],
];

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
    filter: pointShown,
    layout: {
      'text-field': unitNameField(lang),
      'text-font': [LABEL_FONT.semibold],
      'text-size': sizeExpression(LABEL_SIZES.unit),
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.06,
      'text-max-width': 7,
      'text-padding': 1,
      // Centred on the unit's point, or just below or above it: 0.3 em, the static map's
      // CENTRE_SHIFT at its 11 px (label-layout.ts).
      'text-variable-anchor-offset': ['center', [0, 0], 'top', [0, 0.3], 'bottom', [0, -0.3]],
      'symbol-sort-key': ['get', 'sort'],
    },
    paint: {
      'text-color': palette.labelInk,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 1.6,
    },
  };
}
