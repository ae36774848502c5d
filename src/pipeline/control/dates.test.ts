import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, parseIsoDate, snapshotDateOf } from './dates.ts';

describe('dates', () => {
  it('parseIsoDate accepts real days and refuses impossible ones', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2025-8-12')).toBeNull();
  });

  it('addDays crosses month and year ends', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('daysBetween includes both ends', () => {
    expect(daysBetween('2025-03-30', '2025-04-02')).toEqual([
      '2025-03-30',
      '2025-03-31',
      '2025-04-01',
      '2025-04-02',
    ]);
  });

  it('snapshotDateOf puts an evening update into the next morning’s file', () => {
    // DeepState's layered map of 2024-11-27 21:31 UTC is first seen by the daily file of the 28th.
    expect(snapshotDateOf(new Date(1732743112 * 1000), '03:20')).toBe('2024-11-28');
    // An update at 02:00 UTC is still before that day's 03:20 snapshot.
    expect(snapshotDateOf(new Date('2025-05-18T02:00:00Z'), '03:20')).toBe('2025-05-18');
  });
});
