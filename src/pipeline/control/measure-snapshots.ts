import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Zone } from '../geometry/measure-within.ts';
import { reconcileBorders, type Land } from '../geometry/reconcile-borders.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import { sha256 } from '../sha256.ts';
import type { SnapshotInput } from './control-inputs.ts';
import { processSnapshot, type SnapshotResult } from './process-snapshot.ts';

export interface SnapshotCache {
  folder: string;
  /** The pipeline's code version: a result made by other code is never reused. */
  code: string;
  unitsHash: string;
}

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
  let computed = 0;
  for (const input of inputs) {
    const entry = `${sha256(cache.code, cache.unitsHash, input.inputHash)}.json`;
    used.add(entry);
    const cached = await readFile(join(cache.folder, entry), 'utf8')
      .then((t) => JSON.parse(t) as SnapshotResult)
      .catch(() => null);
    if (cached) {
      results.set(input.date, cached);
      continue;
    }
    const result = await processSnapshot(
      reconcileBorders(input.readHeld(), land),
      input.readContested(),
      units,
      displayOutline,
    );
    await writeFile(join(cache.folder, entry), JSON.stringify(result));
    results.set(input.date, result);
    computed++;
    if (computed % 50 === 0) log(`  measured ${computed} snapshots…`);
  }
  /** Forgets cached snapshots that no input refers to any more; call once the output is safe. */
  const forgetUnused = async () => {
    for (const entry of await readdir(cache.folder)) {
      if (!used.has(entry)) await rm(join(cache.folder, entry), { force: true });
    }
  };
  return { results, computed, forgetUnused };
}
