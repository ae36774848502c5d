import { relative } from 'node:path';
import { formatZodPath } from '../editorial/format-zod-path.ts';
import { InputProblems } from '../pipeline-error.ts';
import { readJsonFile } from '../read-json-file.ts';
import { placesFileSchema, type PlacesFile } from './places-schema.ts';

/** Reads data/places.json and checks it against its schema, every problem as "<file>: <path>: …". */
export async function loadPlaces(file: string, root: string): Promise<PlacesFile> {
  return parsePlaces(await readJsonFile(file), relative(root, file));
}

export function parsePlaces(json: unknown, label: string): PlacesFile {
  const result = placesFileSchema.safeParse(json);
  if (result.success) return result.data;
  throw new InputProblems(
    result.error.issues.map(
      (issue) => `${label}: ${formatZodPath(issue.path) || '(top level)'}: ${issue.message}`,
    ),
  );
}
