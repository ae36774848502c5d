import type { ControlSource } from '../control/control-source.ts';
import type { Editorial } from '../editorial/editorial-schema.ts';
import type { StagedOutput } from '../output/staged-output.ts';
import { dataPackage, type Gazetteer, type GeoJsonResource } from './data-package.ts';
import type { TableFile } from './table.ts';

/** Where the open data lives, beside the hashed runtime files: names that never change. */
export const OPEN_FOLDER = 'open';

/**
 * Writes the tables as CSV and datapackage.json under open/ (the GeoJSON files are already there),
 * and returns every open file's path relative to the manifest, the data package first.
 */
export async function writeOpenData(
  output: StagedOutput,
  source: ControlSource,
  tables: readonly TableFile[],
  geojson: readonly GeoJsonResource[],
  about: { editorial: Editorial | null; gazetteer: Gazetteer | null },
): Promise<string[]> {
  for (const table of tables) await output.write(`${OPEN_FOLDER}/${table.path}`, table.csv);
  const descriptor = dataPackage(source, tables, geojson, about);
  await output.write(`${OPEN_FOLDER}/datapackage.json`, `${JSON.stringify(descriptor, null, 2)}\n`);
  return ['datapackage.json', ...tables.map((t) => t.path), ...geojson.map((g) => g.path)].map(
    (path) => `${OPEN_FOLDER}/${path}`,
  );
}
