import type { PlaceRecord, PlacesData } from './places-data.ts';

/** A place whose point crossed the line between two days, and the first day the series shows it. */
export interface PlaceChange {
  place: PlaceRecord;
  kind: 'taken' | 'regained';
  /** The first day the series shows the place on its new side. */
  date: string;
  /**
   * `since` is before the series (the 2022 reference) and the place was already on its new side on
   * the series' first day (`date`): it changed hands on or before that day.
   */
  byDate: boolean;
}

/**
 * The places of the gazetteer that changed hands after `since` up to and including `date`, from
 * their histories: every start of a stretch inside the line is a place taken, every end one
 * regained; a place taken and regained in between is listed twice. Oldest first, then by name;
 * `unit` keeps the places of one unit.
 */
export function placesChangedBetween(
  data: PlacesData,
  since: string,
  date: string,
  unit: string | null = null,
): PlaceChange[] {
  const changes: PlaceChange[] = [];
  const within = (day: string | null): day is string => day !== null && day > since && day <= date;
  const beforeSeries = since < data.series.first;
  for (const place of data.places) {
    if (unit && place.oblast !== unit) continue;
    for (const [from, until] of place.held) {
      if (within(from)) changes.push({ place, kind: 'taken', date: from, byDate: false });
      else if (from === null && beforeSeries && !place.preInvasion)
        changes.push({ place, kind: 'taken', date: data.series.first, byDate: true });
      if (within(until)) changes.push({ place, kind: 'regained', date: until, byDate: false });
    }
    // Inside the 2022 line, outside on the series' first day: regained before the series.
    const insideAtFirst = place.held.some(([from]) => from === null);
    if (beforeSeries && place.preInvasion && !insideAtFirst)
      changes.push({ place, kind: 'regained', date: data.series.first, byDate: true });
  }
  return changes.sort(
    (a, b) => a.date.localeCompare(b.date) || a.place.name.en.localeCompare(b.place.name.en),
  );
}
