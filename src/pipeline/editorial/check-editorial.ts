import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { InputProblems } from '../pipeline-error.ts';
import type { PlacesFile } from '../places/places-schema.ts';
import type { Editorial } from './editorial-schema.ts';
import { EDITORIAL_FILES, loadEditorial } from './load-editorial.ts';
import { validateEditorial } from './validate-editorial.ts';

export interface EditorialLocation {
  /** Folder holding parties.json, sources.json, quotes.json, areas.json and scenarios.json. */
  dataDir: string;
  seedsDir: string;
  /** Paths in messages are shown relative to this folder (the repository). */
  root: string;
}

/**
 * Loads the editorial files and checks them against the seeds, the timeline and the gazetteer
 * (null: none, so no quote may be about a place); throws every problem.
 */
export async function checkEditorial(
  location: EditorialLocation,
  timeline: ReadonlySet<string>,
  gazetteer: PlacesFile | null,
): Promise<Editorial> {
  const editorial = await loadEditorial(location.dataDir, location.root);
  const seeds = new Map<string, string>();
  for (const name of (await readdir(location.seedsDir)).filter((n) => n.endsWith('.txt'))) {
    seeds.set(name, await readFile(join(location.seedsDir, name), 'utf8'));
  }
  const problems = validateEditorial(editorial, {
    seeds,
    timeline,
    places: new Map(
      (gazetteer?.places ?? []).map((p) => [p.id, [p.name.en, p.name.uk, ...p.variants]]),
    ),
    fileLabel: (name) => relative(location.root, join(location.dataDir, EDITORIAL_FILES[name])),
    seedLabel: (seed) => relative(location.root, join(location.seedsDir, seed)),
  });
  if (problems.length > 0) throw new InputProblems(problems);
  return editorial;
}
