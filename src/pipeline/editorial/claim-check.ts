import type { QuotesFile } from './editorial-schema.ts';

export type Claim = NonNullable<QuotesFile['quotes'][number]['claims']>[number];

export interface MeasuredArea {
  km2: number;
  /** km² of the area inside each unit, by ISO code. */
  byUnit: Record<string, number>;
}

export interface ClaimCheck {
  quote: string;
  area: string;
  date: string;
  unit: Claim['unit'];
  quoted: number;
  /** The same quantity computed from the map's geometry, in the claim's unit. */
  mapped: number;
}

const KM2_PER_SQUARE_MILE = 2.589988110336;

/**
 * Puts a figure a source states beside the value the map computes for the area it describes: km²,
 * square miles, or a percentage of the named units (e.g. "30 percent of the Donetsk region").
 */
export function checkClaim(
  quote: string,
  claim: Claim,
  area: MeasuredArea,
  unitAreaKm2: (iso: string) => number,
): ClaimCheck {
  let mapped: number;
  if (claim.unit === 'km2') mapped = area.km2;
  else if (claim.unit === 'sq-mi') mapped = area.km2 / KM2_PER_SQUARE_MILE;
  else {
    const units = claim.shareOf ?? [];
    const inside = units.reduce((sum, iso) => sum + (area.byUnit[iso] ?? 0), 0);
    const whole = units.reduce((sum, iso) => sum + unitAreaKm2(iso), 0);
    mapped = (100 * inside) / whole;
  }
  return {
    quote,
    area: claim.area,
    date: claim.date,
    unit: claim.unit,
    quoted: claim.quantity,
    mapped,
  };
}
