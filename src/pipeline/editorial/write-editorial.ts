import type { DataManifest } from '../../model/data-manifest.ts';
import type { Unit } from '../boundaries/load-units.ts';
import { intersect } from '../geometry/intersect.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import {
  editorialForBrowser,
  scenarioAreasCsv,
  scenarioGeoJson,
} from '../output/scenario-outputs.ts';
import type { StagedOutput } from '../output/staged-output.ts';
import { featuresToTopology } from '../topology/features-to-topology.ts';
import { simplifyPolygons } from '../topology/simplify-polygons.ts';
import type { Editorial } from './editorial-schema.ts';
import { evaluateEditorial } from './evaluate-editorial.ts';

/**
 * Evaluates the editorial areas on the unsimplified geometry of their dates, checks the quoted
 * figures, and writes what the app and readers use: the editorial JSON, one GeoJSON per scenario
 * (simplified and clipped like the control layer) and scenario-areas.csv. Returns the manifest
 * entry and, for the place step, the unsimplified polygons of every area a scenario draws.
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
  files: NonNullable<DataManifest['editorial']>;
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
  const { areas, claims } = evaluateEditorial(editorial, inputs, units);
  const shapes = new Map<string, MultiPolygon>();
  for (const [id, area] of areas)
    shapes.set(id, intersect(outline, await simplifyPolygons(area.polygons)));
  const credits = `${credit} Quotes: the publishers named in each source.`;
  const scenarios: Record<string, string> = {};
  // The timeline scenario's geometry is the control layer, already published per date.
  for (const scenario of editorial.scenarios.filter((s) => !s.timeline)) {
    const geojson = scenarioGeoJson(scenario, editorial, areas, shapes, ukraineKm2, credits);
    scenarios[scenario.id] = await output.writeHashed(
      `scenarios/${scenario.id}`,
      '.geojson',
      JSON.stringify(geojson),
    );
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
  const files = {
    areas: await output.writeHashed('scenario-areas', '.topo.json', JSON.stringify(areasTopology)),
    file: await output.writeHashed(
      'editorial',
      '.json',
      JSON.stringify(editorialForBrowser(editorial, areas, claims, ukraineKm2)),
    ),
    csv: await output.write(
      'scenario-areas.csv',
      scenarioAreasCsv(editorial, areas, units, ukraineKm2, credits),
    ),
    scenarios,
  };
  return { files, drawnAreas: new Map(drawn.map((id) => [id, areas.get(id)!.polygons])) };
}
