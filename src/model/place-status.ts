import type { HeldPeriod, PlaceRecord } from './places-data.ts';

/**
 * Whether a place's point was inside the line of held territory on a date, by its history: 'unknown'
 * for a date outside the series (the 2022 reference is answered by `preInvasion` instead).
 */
export function placeInsideOn(
  place: PlaceRecord,
  date: string,
  series: { first: string; last: string },
  reference?: { date: string },
): 'inside' | 'outside' | 'unknown' {
  if (reference && date === reference.date) return place.preInvasion ? 'inside' : 'outside';
  if (date < series.first || date > series.last) return 'unknown';
  const inside = place.held.some(
    ([from, until]: HeldPeriod) =>
      (from === null || from <= date) && (until === null || date < until),
  );
  return inside ? 'inside' : 'outside';
}
