import type { HeldPeriod } from '../../model/places-data.ts';

/**
 * A place's history over the daily series, from whether its point was inside on each day, in date
 * order. Days the source has no map for are simply absent: a change across such a gap is dated to
 * the first day with a map that shows it.
 */
export function placeHistory(days: readonly { date: string; inside: boolean }[]): HeldPeriod[] {
  const periods: HeldPeriod[] = [];
  let open: string | null | undefined;
  days.forEach(({ date, inside }, i) => {
    if (inside && open === undefined) open = i === 0 ? null : date;
    if (!inside && open !== undefined) {
      periods.push([open, date]);
      open = undefined;
    }
  });
  if (open !== undefined) periods.push([open, null]);
  return periods;
}
