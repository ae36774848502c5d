import type { ExpressionSpecification } from 'maplibre-gl';

export type Stops = readonly (readonly [zoom: number, px: number])[];

/**
 * The names' type sizes in CSS pixels by zoom, for both maps: linear between the stops, as at the
 * nearest stop beyond them. Oblast names grow from a phone's first view (zoom 3.9: about 10 px) to
 * a desktop's (zoom 5: 11 px); towns' from where the map first names them.
 */
export const LABEL_SIZES = {
  unit: [
    [3, 9],
    [5, 11],
    [7, 13.5],
  ],
  town: [
    [4, 11],
    [8, 14],
  ],
  chosen: [
    [4, 13],
    [8, 16],
  ],
} as const satisfies Record<string, Stops>;

/**
 * Noto Sans's ascent and descent, in ems: the height a line of it takes, the box the static map's
 * layout gives a name (svg-labels.ts) and centres it in.
 */
export const LINE_EM = 1.362;

/** The size at a zoom, for the static map. */
export function sizeAt(stops: Stops, zoom: number): number {
  const after = stops.findIndex(([z]) => z >= zoom);
  if (after === 0) return stops[0]![1];
  if (after === -1) return stops[stops.length - 1]![1];
  const [z0, px0] = stops[after - 1]!;
  const [z1, px1] = stops[after]!;
  return px0 + ((px1 - px0) * (zoom - z0)) / (z1 - z0);
}

/** The same sizes as MapLibre evaluates them. */
export const sizeExpression = (stops: Stops): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops.flat()] as unknown as ExpressionSpecification;
