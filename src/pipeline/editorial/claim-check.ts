import type { Claim } from './editorial-schema.ts';

export interface MeasuredArea {
  km2: number;
  /** km² of the area inside each unit, by ISO code. */
  byUnit: Record<string, number>;
}

/** One distinct figure the sources state, beside what the map measures for it. */
export interface ClaimCheck {
  id: string;
  /** The quotes that state the figure, in file order. */
  quotes: string[];
  area: string;
  date: string;
  unit: Claim['unit'];
  quoted: number;
  /** The same quantity computed from the map's geometry, in the claim's unit. */
  mapped: number;
  /** The km² the map measures: the whole area, or for a percentage its part inside `shareOf`. */
  measuredKm2: number;
  /** For a percentage, the km² of the units it is a share of; otherwise null. */
  wholeKm2: number | null;
}

const KM2_PER_SQUARE_MILE = 2.589988110336;

/**
 * Puts a figure the sources state beside the value the map computes for the area it describes:
 * km², square miles, or a percentage of the named units (e.g. "30 percent of the Donetsk region").
 */
export function checkClaim(
  claim: Claim,
  quotes: readonly string[],
  area: MeasuredArea,
  unitAreaKm2: (iso: string) => number,
): ClaimCheck {
  const check = {
    id: claim.id,
    quotes: [...quotes],
    area: claim.area,
    date: claim.date,
    unit: claim.unit,
    quoted: claim.quantity,
  };
  if (claim.unit !== 'percent') {
    const mapped = claim.unit === 'km2' ? area.km2 : area.km2 / KM2_PER_SQUARE_MILE;
    return { ...check, mapped, measuredKm2: area.km2, wholeKm2: null };
  }
  const units = claim.shareOf ?? [];
  const inside = units.reduce((sum, iso) => sum + (area.byUnit[iso] ?? 0), 0);
  const whole = units.reduce((sum, iso) => sum + unitAreaKm2(iso), 0);
  return { ...check, mapped: (100 * inside) / whole, measuredKm2: inside, wholeKm2: whole };
}
