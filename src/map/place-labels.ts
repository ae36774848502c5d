import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../model/format-figures.ts';
import type { PlaceRecord } from '../model/places-data.ts';
import { RANK_SHOWN } from '../model/place-ranks.ts';
import type { Palette } from '../style/palette.ts';
import { LABEL_FONT } from './label-fonts.ts';
import { LABEL_SIZES, sizeExpression } from './label-sizes.ts';
import { PLACE_DOT, PLACE_DOT_IMAGE } from './place-dot.ts';

/** rankShownAt as MapLibre evaluates it: a step over the zoom. */
const rankShown = ['step', ['zoom'], 0, ...RANK_SHOWN.flat()] as unknown as ExpressionSpecification;
const shownAtZoom: ExpressionSpecification = ['<=', ['get', 'rank'], rankShown];

/** Every place as a point with flat properties (DESIGN.md), the most important first. */
export function placeLabelFeatures(
  places: readonly PlaceRecord[],
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: places.map((place) => ({
      type: 'Feature',
      properties: {
        id: place.id,
        name_en: place.name.en,
        name_uk: place.name.uk,
        rank: place.rank,
        // Collisions are settled in this order: rank, then the larger town.
        sort: place.rank * 1e7 - Math.min(place.population ?? 0, 1e7 - 1),
      },
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    })),
  };
}

export const placeNameField = (lang: Lang): ExpressionSpecification => ['get', `name_${lang}`];

export const selectedPlaceFilter = (id: string | null): ExpressionSpecification => [
  '==',
  ['get', 'id'],
  id ?? '',
];

/** Names for the places the zoom allows, but the selected one: its own layer names it, bolder. */
export const namesFilter = (selected: string | null): ExpressionSpecification => [
  'all',
  shownAtZoom,
  ['!=', ['get', 'id'], selected ?? ''],
];

/**
 * Town names drawn by MapLibre itself (symbol layers, with collision handling), from the `places`
 * source: a dot and a name for each place the zoom allows, larger towns winning collisions, and the
 * selected place always, above the rest. Each dot is its name's icon (place-dot.ts): a town is
 * shown whole or not at all, and no name is placed over another town's dot.
 */
export function placeLabelLayers(
  palette: Palette,
  lang: Lang,
  selected: string | null,
): LayerSpecification[] {
  const textPaint = {
    'text-color': palette.labelInk,
    'text-halo-color': palette.labelHalo,
    'text-halo-width': 1.6,
  };
  // The dot's radius as the circles had it: 2 px at zoom 4, 3.5 px from zoom 8; 4 px when chosen.
  const dotSize = (radius: number) => radius / PLACE_DOT.ink;
  return [
    {
      id: 'place-names',
      type: 'symbol',
      source: 'places',
      filter: namesFilter(selected),
      layout: {
        'text-field': placeNameField(lang),
        'text-font': [LABEL_FONT.regular],
        'text-size': sizeExpression(LABEL_SIZES.town),
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.6,
        'text-justify': 'auto',
        // The room the static map keeps around a name (label-layout.ts): with 3, MapLibre named
        // fewer towns than the first view it takes over from, Pokrovsk among those left out.
        'text-padding': 2,
        'icon-image': PLACE_DOT_IMAGE,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 4, dotSize(2), 8, dotSize(3.5)],
        'symbol-sort-key': ['get', 'sort'],
      },
      paint: textPaint,
    },
    {
      id: 'selected-place',
      type: 'symbol',
      source: 'places',
      filter: selectedPlaceFilter(selected),
      layout: {
        'text-field': placeNameField(lang),
        'text-font': [LABEL_FONT.semibold],
        'text-size': sizeExpression(LABEL_SIZES.chosen),
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.7,
        'text-allow-overlap': true,
        'icon-image': PLACE_DOT_IMAGE,
        'icon-size': dotSize(4),
        'icon-allow-overlap': true,
      },
      paint: textPaint,
    },
  ];
}
