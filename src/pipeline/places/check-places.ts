import { relative } from 'node:path';
import { InputProblems } from '../pipeline-error.ts';
import { loadPlaces } from './load-places.ts';
import type { PlacesFile } from './places-schema.ts';
import { validatePlaces, type UnitShape } from './validate-places.ts';

/** Loads data/places.json and checks it against the units; throws every problem at once. */
export async function checkPlaces(
  file: string,
  root: string,
  units: UnitShape[],
): Promise<PlacesFile> {
  const places = await loadPlaces(file, root);
  const problems = validatePlaces(places, units, relative(root, file));
  if (problems.length > 0) throw new InputProblems(problems);
  return places;
}
