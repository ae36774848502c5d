/**
 * Playing the series: how fast, from where, and when to stop. A step is a number of dates with
 * data, not of calendar days (the series has a few gaps); playing never starts by itself.
 */
export interface PlayPace {
  /** Milliseconds between steps. */
  everyMs: number;
  /** Dates with data moved at each step. */
  dates: number;
}

/**
 * A modest pace: a day every 150 ms (the two years of the series in about two minutes). A reader
 * who asks for reduced motion gets a week a second instead: the same run in about the same time,
 * with the map changing a sixth as often.
 */
export function playPace(reducedMotion: boolean): PlayPace {
  return reducedMotion ? { everyMs: 1000, dates: 7 } : { everyMs: 150, dates: 1 };
}

/** Where play starts: from the date shown, or from the series' start when that is at the end. */
export function playStart(index: number, last: number): number {
  return index >= last || index < 0 ? 0 : index;
}

/** The next index, or null when the last date has been shown and play stops. */
export function playNext(index: number, last: number, pace: PlayPace): number | null {
  if (index >= last) return null;
  return Math.min(index + pace.dates, last);
}
