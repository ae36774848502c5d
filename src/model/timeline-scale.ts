/**
 * Where things sit along the timeline's track: month and year ticks, markers grouped so that none
 * covers another, and the date with data nearest to a typed one. Positions are fractions of the
 * track (0 at the first date of the daily series, 1 at the last), one step per date with data,
 * as on the slider; the renderer turns them into pixels for the width it has.
 */

/** A month's first date with data, marked under the track. */
export interface MonthTick {
  /** "YYYY-MM": the month the tick starts. */
  month: string;
  /** The first date with data in that month (or the series' first date, for the start tick). */
  date: string;
  /** Where it sits: 0 at the series' start, 1 at its end. */
  at: number;
  /** A year tick (January, or the series' start) is labelled with the year; others with the month. */
  kind: 'year' | 'month';
  /** Whether there is room for its label; unlabelled ticks are drawn as short rules only. */
  labelled: boolean;
  /** Where its label's centre sits, in pixels, moved in to stay inside the track. */
  labelPx: number;
}

/** The month steps a label may take, coarsest last; each divides 12, so January is always on one. */
const STEPS = [1, 2, 3, 6, 12];

/**
 * The month and year ticks of a series drawn `widthPx` wide: the series' start labelled with its
 * year, every January with its year (every other one if years are too close), and months at the
 * finest step of 1, 2, 3, 6 or 12 months whose labels (`labelPx` wide, kept inside the track)
 * stay `gapPx` apart; months between labels are short rules while they are at least `minRulePx`
 * apart, and left out when narrower.
 */
export function monthTicks(
  dates: readonly string[],
  widthPx: number,
  labelPx = 40,
  gapPx = 4,
  minRulePx = 5,
): MonthTick[] {
  const minLabelPx = labelPx + gapPx;
  const labelAt = (at: number) => clampCentre(at * widthPx, widthPx, labelPx);
  if (dates.length < 2) return [];
  const last = dates.length - 1;
  const starts: MonthTick[] = [];
  let month = dates[0]!.slice(0, 7);
  for (let i = 1; i <= last; i++) {
    const m = dates[i]!.slice(0, 7);
    if (m === month) continue;
    month = m;
    const kind = m.endsWith('-01') ? 'year' : 'month';
    const at = i / last;
    starts.push({ month: m, date: dates[i]!, at, kind, labelled: false, labelPx: labelAt(at) });
  }
  // The narrowest month sets the step: February must have room for its label too.
  const monthPx = Math.min(
    widthPx,
    ...starts.slice(1).map((t, i) => (t.at - starts[i]!.at) * widthPx),
  );
  const step = STEPS.find((s) => s * monthPx >= minLabelPx) ?? 12;
  for (const tick of starts)
    tick.labelled = tick.kind === 'year' || (Number(tick.month.slice(5)) - 1) % step === 0;
  const first: MonthTick = {
    month: dates[0]!.slice(0, 7),
    date: dates[0]!,
    at: 0,
    kind: 'year',
    labelled: true,
    labelPx: labelAt(0),
  };
  // Labels give way, years last: the start's to a January near it, a month's to either.
  const gap = (a: MonthTick, b: MonthTick) => Math.abs(a.labelPx - b.labelPx);
  const years = starts.filter((t) => t.kind === 'year');
  let lastYear: MonthTick | null = null;
  for (const year of years) {
    year.labelled = !lastYear || gap(lastYear, year) >= minLabelPx;
    if (year.labelled) lastYear = year;
  }
  first.labelled = !years.some((y) => y.labelled && gap(y, first) < minLabelPx);
  const rivals = [first, ...years].filter((t) => t.labelled);
  for (const tick of starts) {
    if (tick.kind === 'month' && rivals.some((r) => gap(r, tick) < minLabelPx))
      tick.labelled = false;
  }
  const ticks = [first, ...starts.filter((t) => t.labelled || monthPx >= minRulePx)];
  return ticks;
}

/** One control under the track: a single marker, or a group of markers that would overlap. */
export interface MarkerGroup<T> {
  items: T[];
  /** The control's centre in pixels from the track's left end, kept inside the track. */
  centrePx: number;
  /** Its width in pixels, as `sizeOf` gave it. */
  sizePx: number;
}

/**
 * Markers at `atPx` (pixels from the track's left end), grouped so that no two controls come
 * nearer than `gapPx`: neighbours that would are merged into one group, centred on the middle of
 * its markers, and merging goes on, the most crowded pair first, until every pair has room. A
 * control is `sizeOf(its items)` wide (a marker's label, or a group's count) and kept inside the
 * track (`widthPx`).
 */
export function groupMarkers<T>(
  markers: readonly { item: T; atPx: number }[],
  widthPx: number,
  sizeOf: (items: T[]) => number,
  gapPx = 4,
): MarkerGroup<T>[] {
  type Group = { members: { item: T; atPx: number }[]; size: number };
  const groupOf = (members: Group['members']): Group => ({
    members,
    size: sizeOf(members.map((m) => m.item)),
  });
  const sorted = [...markers].sort((a, b) => a.atPx - b.atPx);
  let groups = sorted.map((m) => groupOf([m]));
  const centre = (g: Group) =>
    clampCentre((g.members[0]!.atPx + g.members.at(-1)!.atPx) / 2, widthPx, g.size);
  for (;;) {
    let closest = -1;
    let closestRoom = 0;
    for (let i = 0; i + 1 < groups.length; i++) {
      const [a, b] = [groups[i]!, groups[i + 1]!];
      const room = centre(b) - centre(a) - (a.size + b.size) / 2 - gapPx;
      if (room < closestRoom) [closest, closestRoom] = [i, room];
    }
    if (closest === -1) break;
    const merged = groupOf([...groups[closest]!.members, ...groups[closest + 1]!.members]);
    groups = [...groups.slice(0, closest), merged, ...groups.slice(closest + 2)];
  }
  return groups.map((g) => ({
    items: g.members.map((m) => m.item),
    centrePx: centre(g),
    sizePx: g.size,
  }));
}

/** A control `sizePx` wide centred at `px`, moved in just enough to stay inside `widthPx`. */
export function clampCentre(px: number, widthPx: number, sizePx: number): number {
  if (widthPx <= sizePx) return widthPx / 2;
  return Math.min(Math.max(px, sizePx / 2), widthPx - sizePx / 2);
}

/** The date with data nearest to a wanted one, and whether it is that very date. */
export interface NearestDate {
  date: string;
  exact: boolean;
}

/**
 * The date with data nearest to `wanted` (ISO, YYYY-MM-DD) among `dates` (sorted); of two equally
 * near, the earlier, so that a reader never sees a day later than the one asked for without need.
 */
export function nearestDate(dates: readonly string[], wanted: string): NearestDate {
  const time = Date.parse(`${wanted}T00:00:00Z`);
  let best = dates[0]!;
  let bestDistance = Infinity;
  for (const date of dates) {
    const distance = Math.abs(Date.parse(`${date}T00:00:00Z`) - time);
    if (distance < bestDistance) [best, bestDistance] = [date, distance];
  }
  return { date: best, exact: best === wanted };
}
