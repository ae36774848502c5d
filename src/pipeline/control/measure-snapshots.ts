import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Zone } from '../geometry/measure-within.ts';
import { landFor, reconcileBorders, type Land } from '../geometry/reconcile-borders.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import { sha256 } from '../sha256.ts';
import type { SnapshotInput } from './control-inputs.ts';
import { measureInWorkers } from './measure-in-workers.ts';
import { newSnapshotMemo, processSnapshot, type SnapshotResult } from './process-snapshot.ts';

export interface SnapshotCache {
  folder: string;
  /** The pipeline's code version: a result made by other code is never reused. */
  code: string;
  unitsHash: string;
}

/**
 * A cold build measures the whole series on worker threads, one per core (the machine this was
 * tuned on has two); a daily update, with a day or two to measure, does it here without the start-up.
 */
const MAX_THREADS = 4;
const WORKERS_FROM = 24;

/**
 * Measures every snapshot, or takes its result from the cache when the code, the units and the
 * snapshot's own inputs are unchanged: a rebuild after one new day measures one day.
 */
export async function measureSnapshots(
  inputs: readonly SnapshotInput[],
  units: Zone[],
  land: Land,
  displayOutline: MultiPolygon,
  cache: SnapshotCache,
  log: (line: string) => void,
): Promise<{
  results: Map<string, SnapshotResult>;
  computed: number;
  forgetUnused: () => Promise<void>;
}> {
  await mkdir(cache.folder, { recursive: true });
  const used = new Set<string>();
  const results = new Map<string, SnapshotResult>();
  const entryOf = (input: SnapshotInput) =>
    `${sha256(cache.code, cache.unitsHash, input.inputHash)}.json`;
  const todo: SnapshotInput[] = [];
  for (const input of inputs) {
    const entry = entryOf(input);
    used.add(entry);
    const cached = await readFile(join(cache.folder, entry), 'utf8')
      .then((t) => JSON.parse(t) as SnapshotResult)
      .catch(() => null);
    if (cached) results.set(input.date, cached);
    else todo.push(input);
  }
  let computed = 0;
  const store = async (input: SnapshotInput, result: SnapshotResult) => {
    await writeFile(join(cache.folder, entryOf(input)), JSON.stringify(result));
    results.set(input.date, result);
    computed++;
    if (computed % 50 === 0) log(`  measured ${computed} snapshots…`);
  };
  const threads = Math.min(MAX_THREADS, availableParallelism());
  if (todo.length >= WORKERS_FROM && threads > 1) {
    const setup = {
      units: units.map(({ id, polygons, bbox }) => ({ id, polygons, bbox })),
      land: land.polygons,
      displayOutline,
    };
    await measureInWorkers(todo, setup, threads, store);
  } else {
    const memo = newSnapshotMemo();
    for (const input of todo) {
      const dayLand = landFor(land, units, input.followsUnits);
      const held = reconcileBorders(input.readHeld(), dayLand, undefined, memo.pieceMoves);
      await store(
        input,
        await processSnapshot(held, input.readContested(), units, displayOutline, memo),
      );
    }
  }
  /** Forgets cached snapshots that no input refers to any more; call once the output is safe. */
  const forgetUnused = async () => {
    for (const entry of await readdir(cache.folder)) {
      if (!used.has(entry)) await rm(join(cache.folder, entry), { force: true });
    }
  };
  return { results, computed, forgetUnused };
}
