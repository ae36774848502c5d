import { sourceName, titlePhrases, type ForeignPhrase } from './citation.ts';
import type { DataManifest } from './data-manifest.ts';
import type { EditorialData, Localized } from './editorial-data.ts';

/** One date the map can show: its geometry file's hash and its measured figures. */
export interface TimelineDay {
  date: string;
  hash: string;
  heldKm2: number;
  /** km² of grey zone, or null where the source has none for that day. */
  contestedKm2: number | null;
}

/** Every date with data, in order: the reference lines (23 Feb 2022) first, then the daily series. */
export function timelineOf(manifest: DataManifest): TimelineDay[] {
  const { series } = manifest;
  const days: TimelineDay[] = manifest.references.map((r) => ({ ...r, contestedKm2: null }));
  series.dates.forEach((date, i) =>
    days.push({
      date,
      hash: series.hashes[i]!,
      heldKm2: series.heldKm2[i]!,
      contestedKm2: series.contestedKm2[i] ?? null,
    }),
  );
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The index a month away from `index` (Page Up/Down on the slider): the first date at least one
 * calendar month later, or the last date at most one month earlier; never past either end.
 */
export function monthStep(dates: readonly string[], index: number, direction: 1 | -1): number {
  const from = new Date(`${dates[index]}T00:00:00Z`);
  from.setUTCMonth(from.getUTCMonth() + direction);
  const target = from.toISOString().slice(0, 10);
  if (direction === 1) {
    const next = dates.findIndex((d, i) => i > index && d >= target);
    return next === -1 ? dates.length - 1 : next;
  }
  for (let i = index - 1; i >= 0; i--) if (dates[i]! <= target) return i;
  return 0;
}

/** A date the sources speak of, marked on the timeline. */
export interface TimelineEvent {
  /** The timeline's date nearest to the event. */
  date: string;
  label: Localized;
  /** The sources' headlines within `label`, in their own language. */
  foreign: ForeignPhrase[];
}

/**
 * The dates the sources speak of, as markers on the timeline: each scenario's date (talks, drafts,
 * interviews) and each source's publication date, one marker per date, snapped to the nearest date
 * with data. A scenario measured on the latest day (a standing claim) is "now", not an event.
 */
export function timelineEvents(
  editorial: EditorialData,
  dates: readonly string[],
): TimelineEvent[] {
  const latest = dates[dates.length - 1];
  const byDate = new Map<string, { label: Localized; foreign: ForeignPhrase[] }[]>();
  const add = (date: string, label: Localized, foreign: ForeignPhrase[] = []) => {
    const snapped = nearestOf(dates, date);
    byDate.set(snapped, [...(byDate.get(snapped) ?? []), { label, foreign }]);
  };
  for (const scenario of editorial.scenarios) {
    if (scenario.date && !scenario.timeline && scenario.date !== latest)
      add(scenario.date, scenario.title);
  }
  for (const source of editorial.sources) {
    add(
      source.date,
      { en: sourceName(source, 'en'), uk: sourceName(source, 'uk') },
      titlePhrases(source),
    );
  }
  return [...byDate]
    .map(([date, events]) => ({
      date,
      label: {
        en: events.map((e) => e.label.en).join('; '),
        uk: events.map((e) => e.label.uk).join('; '),
      },
      foreign: events.flatMap((e) => e.foreign),
    }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}

function nearestOf(dates: readonly string[], date: string): string {
  const time = Date.parse(date);
  let best = dates[0]!;
  for (const d of dates)
    if (Math.abs(Date.parse(d) - time) < Math.abs(Date.parse(best) - time)) best = d;
  return best;
}
