import type {
  ExpressionSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Palette } from '../style/palette.ts';
import { LABEL_FONT } from './label-fonts.ts';
import { OFFSET } from './label-layout.ts';
import { LABEL_SIZES, LINE_EM, sizeExpression, type Stops } from './label-sizes.ts';
import { PLACE_DOT, PLACE_DOT_IMAGE } from './place-dot.ts';

/**
 * How much nearer its point MapLibre sets a name above or below it than its radial offset says,
 * in ems: its baseline shift for those anchors (7/24 em: `baselineOffset` in maplibre-gl's
 * variable_text_anchor.ts), and half of what the static map's box for a line (LINE_EM) is taller
 * than MapLibre's (`text-line-height`, 1.2 em), the static map centring the name in its box.
 * Without it such names moved 4–5 px towards their dots as MapLibre took over.
 */
const ABOVE_OR_BELOW_EM = 7 / 24 + (LINE_EM - 1.2) / 2;

/**
 * From a town's point to its name, in ems of the name's size: the static map's OFFSET in pixels at
 * each of the sizes' stops, and for a name above or below its dot ABOVE_OR_BELOW_EM more.
 */
const radialOffset = (stops: Stops): ExpressionSpecification =>
  [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...stops.flatMap(([zoom, px]) => [
      zoom,
      [
        'case',
        ['in', ['get', 'anchor'], ['literal', ['top', 'bottom']]],
        OFFSET / px + ABOVE_OR_BELOW_EM,
        OFFSET / px,
      ],
    ]),
  ] as unknown as ExpressionSpecification;

/**
 * Town names drawn by MapLibre where the static map's layout put them (maplibre-names.ts): a dot
 * and a name for each town the layout named, on the side of the dot it chose, and the chosen place,
 * bolder, above the rest. MapLibre's own collision handling is off: the layout has already kept
 * every name clear of every other, and it is the same layout the first view's SVG map drew. Each
 * dot is its name's icon (place-dot.ts).
 */
export function placeLabelLayers(palette: Palette): LayerSpecification[] {
  const textPaint = {
    'text-color': palette.labelInk,
    'text-halo-color': palette.labelHalo,
    'text-halo-width': 1.6,
  };
  // The dot's radius as the circles had it: 2 px at zoom 4, 3.5 px from zoom 8; 4 px when chosen.
  const dotSize = (radius: number) => radius / PLACE_DOT.ink;
  const placed: SymbolLayerSpecification['layout'] = {
    'text-field': ['get', 'name'],
    'text-anchor': ['get', 'anchor'] as ExpressionSpecification,
    'text-justify': 'auto',
    'text-allow-overlap': true,
    'icon-image': PLACE_DOT_IMAGE,
    'icon-allow-overlap': true,
  };
  return [
    {
      id: 'place-names',
      type: 'symbol',
      source: 'places',
      filter: ['!', ['get', 'chosen']],
      layout: {
        ...placed,
        'text-font': [LABEL_FONT.regular],
        'text-size': sizeExpression(LABEL_SIZES.town),
        'text-radial-offset': radialOffset(LABEL_SIZES.town),
        'icon-size': ['interpolate', ['linear'], ['zoom'], 4, dotSize(2), 8, dotSize(3.5)],
      },
      paint: textPaint,
    },
    {
      id: 'selected-place',
      type: 'symbol',
      source: 'places',
      filter: ['get', 'chosen'],
      layout: {
        ...placed,
        'text-font': [LABEL_FONT.semibold],
        'text-size': sizeExpression(LABEL_SIZES.chosen),
        'text-radial-offset': radialOffset(LABEL_SIZES.chosen),
        'icon-size': dotSize(4),
      },
      paint: textPaint,
    },
  ];
}
