import { csvTable } from './csv.ts';
import type { ControlFigures } from './data-manifest.ts';
import type { ScenarioView } from './scenario-view.ts';

/**
 * The figures of the current view as CSV (RFC 4180, the header on the first line), the same numbers
 * as the figures table: per unit its area, km² and % held on the date, and the km² of each area the
 * scenario draws; then Ukraine as a whole, its row typed by `level` ("unit" or "country") so that a
 * sum over the units' rows never counts it twice, and its figures the units' added, as the
 * published totals are (sumOfRounded1, src/pipeline/output/round-to.ts). Column names are those of the published open data.
 * Every row ends with `source`, the credits and licences as the map shows them: a file passed on
 * alone still names its sources, as DeepStateMap.live's terms ask, and a reader needs no comment
 * line (that would break every standard CSV reader).
 */
export function viewFiguresCsv(
  figures: ControlFigures,
  view: ScenarioView,
  date: string,
  ukraineKm2: number,
  source: string,
): string {
  const d = figures.dates.indexOf(date);
  if (d === -1) throw new Error(`no figures for ${date}`);
  const held = figures.heldKm2[d]!;
  // One column per area and role, snake_case like the rest ("donetsk_rest_2025_08_12_demanded_km2"):
  // names with ":" and "-" must be quoted in R, pandas and SQL.
  const layers = view.layers.map((l) => ({
    ...l,
    column: `${l.area.id}_${l.role}_km2`.replace(/[^a-z0-9]+/gi, '_').toLowerCase(),
  }));
  const columns = [
    'scenario',
    'date',
    'level',
    'iso',
    'unit_name_en',
    'unit_name_uk',
    'unit_area_km2',
    'held_by_russia_km2',
    'held_by_russia_pct',
    ...layers.map((l) => l.column),
    'source',
  ];
  const rows = figures.units.map((unit, u) => [
    view.scenario.id,
    date,
    'unit',
    unit.iso,
    unit.name_en,
    unit.name_uk,
    unit.areaKm2.toFixed(1),
    held[u]!.toFixed(1),
    ((100 * held[u]!) / unit.areaKm2).toFixed(2),
    ...layers.map((l) => (l.area.byUnit[unit.iso] ?? 0).toFixed(1)),
    source,
  ]);
  const totalHeld = held.reduce((a, b) => a + b, 0);
  rows.push([
    view.scenario.id,
    date,
    'country',
    'UA',
    'Ukraine',
    'Україна',
    ukraineKm2.toFixed(1),
    totalHeld.toFixed(1),
    ((100 * totalHeld) / ukraineKm2).toFixed(2),
    ...layers.map((l) => l.area.km2.toFixed(1)),
    source,
  ]);
  return csvTable(columns, rows);
}

/**
 * The held area and grey zone of a date as GeoJSON for readers to download (the timeline
 * scenario has no areas of its own), flat properties and the credits as a top-level member, like
 * the published scenario files.
 */
export function controlGeoJson(
  control: GeoJSON.FeatureCollection,
  date: string,
  heldKm2: number,
  credits: string,
) {
  return {
    type: 'FeatureCollection' as const,
    credits,
    features: control.features.map((feature) => ({
      type: 'Feature' as const,
      properties: {
        kind: String(feature.properties?.kind ?? 'held'),
        date,
        ...(feature.properties?.kind === 'held' ? { held_by_russia_km2: heldKm2 } : {}),
      },
      geometry: feature.geometry,
    })),
  };
}
