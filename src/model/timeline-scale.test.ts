import { describe, expect, it } from 'vitest';
import { clampCentre, groupMarkers, monthTicks, nearestDate } from './timeline-scale.ts';

/** Every day from `from` to `to`, as the daily series has them. */
function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 864e5)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

const series = daysBetween('2024-07-08', '2026-08-22');
const labels = (ticks: ReturnType<typeof monthTicks>) =>
  ticks.filter((t) => t.labelled).map((t) => t.month);

describe('monthTicks', () => {
  it('labels the series’ start and every January with its year', () => {
    const ticks = monthTicks(series, 1000);
    expect(ticks[0]).toMatchObject({ month: '2024-07', date: '2024-07-08', at: 0, kind: 'year' });
    // Its label is moved in by half its width, to stay inside the track.
    expect(ticks[0]!.labelPx).toBe(20);
    expect(ticks.filter((t) => t.kind === 'year').map((t) => t.month)).toEqual([
      '2024-07',
      '2025-01',
      '2026-01',
    ]);
  });

  it('places a tick on the first date with data of each month, as a share of the track', () => {
    const jan = monthTicks(series, 1000).find((t) => t.month === '2025-01')!;
    expect(jan.date).toBe('2025-01-01');
    expect(jan.at).toBeCloseTo(series.indexOf('2025-01-01') / (series.length - 1));
  });

  it('takes the first date with data when the first of the month has none', () => {
    const gappy = series.filter((d) => d !== '2025-03-01' && d !== '2025-03-02');
    expect(monthTicks(gappy, 1000).find((t) => t.month === '2025-03')!.date).toBe('2025-03-03');
  });

  it('labels every month when the track is wide enough, but the one too near the start', () => {
    const wide = labels(monthTicks(series, 2000));
    expect(wide).toHaveLength(1 + 24);
    expect(wide.slice(0, 3)).toEqual(['2024-07', '2024-09', '2024-10']);
  });

  it('labels fewer months on a narrow track, at a step that keeps January', () => {
    // 370 px: about 14 px a month, so every fourth month… at the coarser step of 3 or 6.
    const wide = labels(monthTicks(series, 370));
    expect(wide).toContain('2025-01');
    expect(wide).toContain('2025-07');
    expect(wide).not.toContain('2025-02');
    // 200 px (a 320 px phone): only the years, the series' start giving way to 2025.
    expect(labels(monthTicks(series, 200))).toEqual(['2025-01', '2026-01']);
  });

  it('keeps every pair of labels at least the minimum apart', () => {
    for (const width of [200, 260, 370, 600, 1200]) {
      const at = monthTicks(series, width)
        .filter((t) => t.labelled)
        .map((t) => t.labelPx);
      for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(44);
    }
  });

  it('labels every other year when even years are too close', () => {
    const decade = daysBetween('2016-01-01', '2025-12-31');
    expect(labels(monthTicks(decade, 300)).filter((m) => m.endsWith('-01'))).toEqual([
      '2017-01',
      '2019-01',
      '2021-01',
      '2023-01',
      '2025-01',
    ]);
  });

  it('gives the start’s label up to a January too near it', () => {
    const ticks = monthTicks(daysBetween('2024-12-20', '2026-08-22'), 300);
    expect(ticks[0]!.labelled).toBe(false);
    expect(ticks.find((t) => t.month === '2025-01')!.labelled).toBe(true);
  });

  it('draws unlabelled months as rules only while they have room, and none when too narrow', () => {
    expect(monthTicks(series, 370).filter((t) => !t.labelled).length).toBeGreaterThan(10);
    expect(monthTicks(series, 100).filter((t) => t.kind === 'month')).toEqual([]);
  });
});

describe('groupMarkers', () => {
  const at = (...px: number[]) => px.map((atPx, i) => ({ item: i, atPx }));
  /** Controls of one width, as if every label and count were as wide. */
  const wide = (px: number) => () => px;

  it('leaves markers with room apart, each centred on its date', () => {
    expect(groupMarkers(at(50, 150), 300, wide(40))).toEqual([
      { items: [0], centrePx: 50, sizePx: 40 },
      { items: [1], centrePx: 150, sizePx: 40 },
    ]);
  });

  it('groups markers within a control’s width of each other into one, in the middle', () => {
    // 30 April, 16, 17 and 19 May 2025 at about half a pixel a day.
    expect(groupMarkers(at(141, 148, 149, 150), 370, wide(56))).toEqual([
      { items: [0, 1, 2, 3], centrePx: 145.5, sizePx: 56 },
    ]);
  });

  it('goes on merging while a group would cover its neighbour', () => {
    const groups = groupMarkers(at(78, 141, 150, 191), 370, wide(56));
    expect(groups.map((g) => g.items)).toEqual([[0], [1, 2, 3]]);
    expect(groups[1]!.centrePx - groups[0]!.centrePx).toBeGreaterThanOrEqual(60);
  });

  it('never leaves two controls nearer than their width and the gap', () => {
    const positions = [3, 9, 40, 41, 90, 130, 131, 180, 250, 299];
    for (const width of [120, 200, 300]) {
      const centres = groupMarkers(at(...positions), width, wide(30)).map((g) => g.centrePx);
      for (let i = 1; i < centres.length; i++)
        expect(centres[i]! - centres[i - 1]!).toBeGreaterThanOrEqual(34);
    }
  });

  it('gives a narrow group the room its count needs, not a label’s', () => {
    // A short date is 50 px wide, a group's count 36 px: 18 December 2024 stays apart from the
    // group of 30 April – 12 August 2025 on a 231 px track, where controls of 56 px would not.
    const sizeOf = (items: number[]) => (items.length > 1 ? 36 : 50);
    const markers = at(49, 89, 94, 94.5, 95, 120);
    expect(groupMarkers(markers, 231, sizeOf).map((g) => g.items)).toEqual([[0], [1, 2, 3, 4, 5]]);
    expect(groupMarkers(markers, 231, wide(56)).map((g) => g.items)).toEqual([[0, 1, 2, 3, 4, 5]]);
  });

  it('keeps every marker, each in exactly one control', () => {
    const items = groupMarkers(at(5, 6, 100, 101, 102, 280), 300, wide(40)).flatMap((g) => g.items);
    expect(items.sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps a control at either end inside the track', () => {
    expect(groupMarkers(at(0, 300), 300, wide(40)).map((g) => g.centrePx)).toEqual([20, 280]);
  });
});

describe('clampCentre', () => {
  it('moves a control just inside the track, and centres it when the track is narrower', () => {
    expect(clampCentre(5, 100, 24)).toBe(12);
    expect(clampCentre(50, 100, 24)).toBe(50);
    expect(clampCentre(99, 100, 24)).toBe(88);
    expect(clampCentre(10, 20, 24)).toBe(10);
  });
});

describe('nearestDate', () => {
  const dates = ['2022-02-23', '2024-07-08', '2024-07-09', '2024-07-12'];

  it('finds a date with data exactly', () => {
    expect(nearestDate(dates, '2024-07-09')).toEqual({ date: '2024-07-09', exact: true });
  });

  it('finds the nearest date with data in a gap, the earlier of two as near', () => {
    expect(nearestDate(dates, '2024-07-11')).toEqual({ date: '2024-07-12', exact: false });
    expect(nearestDate(dates, '2024-07-10')).toEqual({ date: '2024-07-09', exact: false });
  });

  it('finds the reference date or the series’ start across the years between them', () => {
    expect(nearestDate(dates, '2022-06-01').date).toBe('2022-02-23');
    expect(nearestDate(dates, '2024-06-01').date).toBe('2024-07-08');
  });

  it('finds either end for dates before or after every date with data', () => {
    expect(nearestDate(dates, '1991-08-24').date).toBe('2022-02-23');
    expect(nearestDate(dates, '2030-01-01').date).toBe('2024-07-12');
  });
});
