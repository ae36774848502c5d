import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { box } from '../geometry/test-shapes.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import { heldPlaceDays } from './held-place-days.ts';
import { placeHistory } from './place-history.ts';

// Vovchansk-like: a town whose point is inside the line, then not, then inside again.
const town = { id: 'town', lon: 36.9, lat: 50.3 };
const far = { id: 'far', lon: 30.5, lat: 50.45 };
const around = box([36.5, 50, 37.5, 50.5]);
const elsewhere = box([38, 48, 39, 49]);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'held-place-days-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function days(...lines: MultiPolygon[]) {
  const reads: string[] = [];
  return {
    reads,
    days: lines.map((line, i) => ({
      date: `2024-07-1${i}`,
      inputHash: `hash-of-${JSON.stringify(line)}`,
      readHeld: () => {
        reads.push(`2024-07-1${i}`);
        return line;
      },
    })),
  };
}

describe('heldPlaceDays', () => {
  it('tests each place against each day, giving a history of held, freed and held again', async () => {
    const series = days(elsewhere, around, elsewhere, around);
    const byDate = await heldPlaceDays(series.days, [town, far], { dir, codeVersion: 'v1' });
    const history = placeHistory(
      series.days.map((d) => ({ date: d.date, inside: byDate.get(d.date)!.has('town') })),
    );
    expect(history).toEqual([
      ['2024-07-11', '2024-07-12'],
      ['2024-07-13', null],
    ]);
    expect([...byDate.values()].some((ids) => ids.has('far'))).toBe(false);
  });

  it('gives a place held from the first day a history that starts before the series', async () => {
    const series = days(around, around);
    const byDate = await heldPlaceDays(series.days, [town], { dir, codeVersion: 'v1' });
    expect(
      placeHistory(
        series.days.map((d) => ({ date: d.date, inside: byDate.get(d.date)!.has('town') })),
      ),
    ).toEqual([[null, null]]);
  });

  it('reads no day twice across builds with the same points and code', async () => {
    const first = days(around, elsewhere);
    await heldPlaceDays(first.days, [town], { dir, codeVersion: 'v1' });
    const second = days(around, elsewhere);
    await heldPlaceDays(second.days, [town], { dir, codeVersion: 'v1' });
    expect(first.reads).toHaveLength(2);
    expect(second.reads).toEqual([]);
    expect(await readdir(dir)).toHaveLength(1);
  });

  it('reads every day again when the points move, keeping only the new cache file', async () => {
    await heldPlaceDays(days(around).days, [town], { dir, codeVersion: 'v1' });
    const moved = days(around);
    await heldPlaceDays(moved.days, [{ ...town, lon: 36.8 }], { dir, codeVersion: 'v1' });
    expect(moved.reads).toEqual(['2024-07-10']);
    expect(await readdir(dir)).toHaveLength(1);
  });
});
