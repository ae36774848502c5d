import type { Editorial } from '../editorial/editorial-schema.ts';
import type { EvaluatedArea } from '../editorial/evaluate-editorial.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import { roundCoordinates } from './round-coordinates.ts';
import { scenarioTotalTable } from './scenario-tables.ts';
import type { GeoJsonResource } from './data-package.ts';
import type { Column, TableSchema } from './table.ts';

/**
 * One scenario's areas as GeoJSON, for readers to download: the display geometry the map draws,
 * coordinates to 6 decimals, and flat properties (DESIGN.md) that are the columns of
 * scenario-area-totals.csv, so every feature carries its date and the same names mean the same.
 */
export function scenarioGeoJson(
  scenario: Editorial['scenarios'][number],
  editorial: Editorial,
  areas: ReadonlyMap<string, EvaluatedArea>,
  shapes: ReadonlyMap<string, MultiPolygon>,
  ukraineKm2: number,
  credits: string,
) {
  const totals = scenarioTotalTable({ ...editorial, scenarios: [scenario] }, areas, ukraineKm2);
  return {
    type: 'FeatureCollection',
    credits,
    features: totals.rows.map((row) => ({
      type: 'Feature',
      properties: featureProperties(totals.columns, row),
      geometry: {
        type: 'MultiPolygon',
        coordinates: roundCoordinates(shapes.get(row.layer.area)!),
      },
    })),
  };
}

/** A row as typed JSON values: numbers as numbers, as the Table Schema says. */
function featureProperties<Row>(columns: readonly Column<Row>[], row: Row) {
  return Object.fromEntries(
    columns.map((c) => {
      const value = c.value(row);
      return [c.name, c.type === 'number' && value !== null ? Number(value) : value];
    }),
  );
}

/** How datapackage.json describes a scenario's GeoJSON. */
export function scenarioResource(
  scenario: Editorial['scenarios'][number],
  path: string,
  fields: TableSchema['fields'],
): GeoJsonResource {
  return {
    name: `scenario-${scenario.id}`,
    path,
    title: `Scenario "${scenario.title.en}": its areas`,
    description: `${scenario.summary.en} The areas as the map draws them (simplified), measured on ${scenario.date}.`,
    fields,
  };
}
