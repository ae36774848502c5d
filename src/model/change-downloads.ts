import { csvTable } from './csv.ts';
import type { UnitChange } from './unit-change.ts';

/** Polygons as GeoJSON's MultiPolygon coordinates hold them. */
type MultiPolygon = GeoJSON.Position[][][];

/**
 * What changed hands between `since` and `date` as CSV (RFC 4180, the header on the first line):
 * per unit and for Ukraine (level "country", so a sum over the units' rows never counts it twice)
 * the km² taken, regained and net from the drawn change, and beside them the daily figures' km²
 * held on each day, their net and the part of it the border reconciliation made; and on every row
 * its `source`, the credits (view-downloads.ts says why).
 */
export function changeCsv(
  changes: { units: UnitChange[]; total: UnitChange },
  since: string,
  date: string,
  source: string,
): string {
  const columns = [
    'since',
    'date',
    'level',
    // Named as in the view's CSV and the open tables, so that a reader can join them on it.
    'iso',
    'unit_name_en',
    'unit_name_uk',
    'taken_km2',
    'regained_km2',
    'net_km2',
    'held_since_km2',
    'held_date_km2',
    'held_net_km2',
    'reconciled_moved_km2',
    'source',
  ];
  const row = (level: 'unit' | 'country', c: UnitChange) => [
    since,
    date,
    level,
    c.iso,
    c.name.en,
    c.name.uk,
    c.takenKm2.toFixed(1),
    c.regainedKm2.toFixed(1),
    c.netKm2.toFixed(1),
    c.heldSinceKm2.toFixed(1),
    c.heldDateKm2.toFixed(1),
    c.figuresNetKm2.toFixed(1),
    c.reconciledMovedKm2.toFixed(1),
    source,
  ];
  return csvTable(columns, [
    ...changes.units.map((c) => row('unit', c)),
    row('country', changes.total),
  ]);
}

/**
 * The land taken and regained as GeoJSON: one feature each (left out when empty), coordinates
 * rounded to 6 decimals (about 0.1 m), each carrying `kind`, `since`, `date` and its km², and the
 * credits as a top-level member like the other downloads.
 */
export function changeGeoJson(
  change: { taken: MultiPolygon; regained: MultiPolygon; takenKm2: number; regainedKm2: number },
  since: string,
  date: string,
  credits: string,
) {
  const feature = (kind: 'taken' | 'regained', polygons: MultiPolygon, km2: number) => ({
    type: 'Feature' as const,
    properties: { kind, since, date, km2: Math.round(km2 * 10) / 10 },
    geometry: { type: 'MultiPolygon' as const, coordinates: rounded(polygons) },
  });
  return {
    type: 'FeatureCollection' as const,
    credits,
    features: [
      ...(change.taken.length ? [feature('taken', change.taken, change.takenKm2)] : []),
      ...(change.regained.length ? [feature('regained', change.regained, change.regainedKm2)] : []),
    ],
  };
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

function rounded(polygons: MultiPolygon): number[][][][] {
  return polygons.map((polygon) =>
    polygon.map((ring) => ring.map(([x, y]) => [round6(x!), round6(y!)])),
  );
}
