import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MultiPolygon } from '../geometry/types.ts';
import { placeIdsInside, type PlacePoint } from './held-place-ids.ts';

export interface HeldDay {
  date: string;
  /** Changes whenever the day's input files do. */
  inputHash: string;
  readHeld: () => MultiPolygon;
}

/**
 * For each day, the ids of the places inside that day's held land. Reading a day's line is the slow
 * part, so the answers are kept in one cache file per set of points and pipeline code, keyed by each
 * day's input hash: a build after a new day reads one file. The folder is the place step's own, and
 * holds only the file in use.
 */
export async function heldPlaceDays(
  days: readonly HeldDay[],
  points: readonly PlacePoint[],
  cache: { dir: string; codeVersion: string },
): Promise<Map<string, Set<string>>> {
  const key = createHash('sha256')
    .update(cache.codeVersion)
    .update(JSON.stringify(points))
    .digest('hex');
  const cacheEntry = `places-${key}.json`;
  const file = join(cache.dir, cacheEntry);
  await mkdir(cache.dir, { recursive: true });
  const cached = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as Record<string, string[]>)
    .catch(() => ({}) as Record<string, string[]>);
  const next: Record<string, string[]> = {};
  const byDate = new Map<string, Set<string>>();
  for (const day of days) {
    const ids = cached[day.inputHash] ?? placeIdsInside(day.readHeld(), points);
    next[day.inputHash] = ids;
    byDate.set(day.date, new Set(ids));
  }
  await writeFile(file, JSON.stringify(next));
  for (const entry of await readdir(cache.dir)) {
    if (entry !== cacheEntry) await rm(join(cache.dir, entry), { force: true });
  }
  return byDate;
}
