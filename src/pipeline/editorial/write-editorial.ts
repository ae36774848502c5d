import type { DataManifest } from '../../model/data-manifest.ts';
import type { Unit } from '../boundaries/load-units.ts';
import { intersect } from '../geometry/intersect.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import type { GeoJsonResource } from '../open-data/data-package.ts';
import { scenarioGeoJson, scenarioResource } from '../open-data/scenario-features.ts';
import { scenarioTotalTable, scenarioUnitTable } from '../open-data/scenario-tables.ts';
import { tableFile, type TableFile } from '../open-data/table.ts';
import { OPEN_FOLDER } from '../open-data/write-open-data.ts';
import { editorialForBrowser } from '../output/editorial-for-browser.ts';
import type { StagedOutput } from '../output/staged-output.ts';
import { featuresToTopology } from '../topology/features-to-topology.ts';
import { simplifyPolygons } from '../topology/simplify-polygons.ts';
import type { Editorial } from './editorial-schema.ts';
import { evaluateEditorial } from './evaluate-editorial.ts';
import { packTopology } from '../../model/packed-topology.ts';

/**
 * Evaluates the editorial areas on the unsimplified geometry of their dates, checks the quoted
 * figures, and writes what the app and readers use: the editorial JSON, the drawn areas' topology,
 * and one GeoJSON per scenario (simplified and clipped like the control layer), hashed for the app
 * and under a stable name in open/. Returns the manifest's entry, the open tables and files, and,
 * for the place step, the unsimplified polygons of every area a scenario draws.
 */
export async function writeEditorial(
  editorial: Editorial,
  readHeld: (date: string) => MultiPolygon,
  units: Unit[],
  outline: MultiPolygon,
  ukraineKm2: number,
  credit: string,
  output: StagedOutput,
): Promise<{
  /** The manifest's entry, but for the scenarios' default dates (build-data.ts adds them). */
  files: Omit<NonNullable<DataManifest['editorial']>, 'defaultDates'>;
  tables: TableFile[];
  geojson: GeoJsonResource[];
  drawnAreas: Map<string, MultiPolygon>;
}> {
  const held = new Map<string, MultiPolygon>();
  const unitPolygons = new Map(units.map((u) => [u.iso, u.polygons]));
  const inputs = {
    unit: (iso: string) => unitPolygons.get(iso)!,
    held: (date: string) => {
      if (!held.has(date)) held.set(date, readHeld(date));
      return held.get(date)!;
    },
  };
  const { areas, claims, roleTotals } = evaluateEditorial(editorial, inputs, units);
  const shapes = new Map<string, MultiPolygon>();
  for (const [id, area] of areas)
    shapes.set(id, intersect(outline, await simplifyPolygons(area.polygons)));
  const credits = `${credit} Quotes: the publishers named in each source.`;
  const scenarios: Record<string, string> = {};
  const tables = [
    tableFile(scenarioUnitTable(editorial, areas, units)),
    tableFile(scenarioTotalTable(editorial, areas, ukraineKm2)),
  ] as const;
  const geojson: GeoJsonResource[] = [];
  // The timeline scenario's geometry is the control layer, already published per date.
  for (const scenario of editorial.scenarios.filter((s) => !s.timeline)) {
    const content = JSON.stringify(
      scenarioGeoJson(scenario, editorial, areas, shapes, ukraineKm2, credits),
    );
    scenarios[scenario.id] = await output.writeHashed(
      `scenarios/${scenario.id}`,
      '.geojson',
      content,
    );
    const path = `scenarios/${scenario.id}.geojson`;
    await output.write(`${OPEN_FOLDER}/${path}`, content);
    geojson.push(scenarioResource(scenario, path, tables[1].schema.fields));
  }
  // The map draws every scenario's areas from one source and switches scenarios by filter alone.
  const drawn = [...new Set(editorial.scenarios.flatMap((s) => s.layers.map((l) => l.area)))];
  const areasTopology = await featuresToTopology('areas', {
    type: 'FeatureCollection',
    features: drawn.map((id) => ({
      type: 'Feature',
      properties: { id },
      geometry: { type: 'MultiPolygon', coordinates: shapes.get(id)! },
    })),
  });
  return {
    files: {
      areas: await output.writeHashed(
        'scenario-areas',
        '.topo.json',
        JSON.stringify(packTopology(areasTopology)),
      ),
      file: await output.writeHashed(
        'editorial',
        '.json',
        JSON.stringify(editorialForBrowser(editorial, areas, claims, ukraineKm2, roleTotals)),
      ),
      csv: `${OPEN_FOLDER}/${tables[0].path}`,
      scenarios,
    },
    tables: [...tables],
    geojson,
    drawnAreas: new Map(drawn.map((id) => [id, areas.get(id)!.polygons])),
  };
}
