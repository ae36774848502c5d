import type { LayerSpecification } from 'maplibre-gl';
import type { Palette } from '../style/palette.ts';
import { LABEL_FONT } from './label-fonts.ts';
import { LABEL_SIZES, sizeExpression } from './label-sizes.ts';

/** The symbol layer that names the oblasts. */
export const UNIT_NAMES_LAYER = 'unit-names';

/**
 * Oblast names drawn by MapLibre, each at the middle of the box the static map's layout gave it
 * (maplibre-names.ts): in spaced capitals, so "LUHANSK" the oblast reads apart from Luhansk the
 * town, on one line as the static map sets them. The layout has kept them clear of each other and
 * of the towns; MapLibre's own collision handling is off.
 */
export function unitNamesLayer(palette: Palette): LayerSpecification {
  return {
    id: UNIT_NAMES_LAYER,
    type: 'symbol',
    source: 'unit-names',
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT.semibold],
      'text-size': sizeExpression(LABEL_SIZES.unit),
      'text-letter-spacing': 0.06,
      // Never wrapped: the layout measured one line.
      'text-max-width': 100,
      'text-allow-overlap': true,
    },
    paint: {
      'text-color': palette.labelInk,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 1.6,
    },
  };
}
