const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a real calendar day, or null ("2025-02-30" is not one). */
export function parseIsoDate(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(time).toISOString().slice(0, 10) === text ? text : null;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `first` to `last`, both included. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * The first daily snapshot that shows a map published at `time`: a daily file named D is the map
 * as it stood at `snapshotTimeUtc` on D, so an update published later that day appears on D + 1.
 */
export function snapshotDateOf(time: Date, snapshotTimeUtc: string): string {
  const [hours, minutes] = snapshotTimeUtc.split(':').map(Number) as [number, number];
  const shifted = new Date(time.getTime() - (hours * 60 + minutes) * 60_000);
  return addDays(shifted.toISOString().slice(0, 10), 1);
}
