import { csvRecord } from './csv.ts';
import type { ControlFigures } from './data-manifest.ts';
import type { ScenarioView } from './scenario-view.ts';

/**
 * The figures of the current view as CSV, the same numbers as the figures table: per unit its area,
 * km² and % held on the date, and the km² of each area the scenario draws; then a row "UA" for
 * Ukraine. The first line, a comment, carries the credits and licence.
 */
export function viewFiguresCsv(
  figures: ControlFigures,
  view: ScenarioView,
  date: string,
  ukraineKm2: number,
  credits: string,
): string {
  const d = figures.dates.indexOf(date);
  if (d === -1) throw new Error(`no figures for ${date}`);
  const held = figures.heldKm2[d]!;
  const layers = view.layers.map((l) => ({ ...l, column: `${l.area.id}:${l.role}_km2` }));
  const rows = [
    `# ${credits}`,
    [
      'scenario',
      'date',
      'iso',
      'name_en',
      'name_uk',
      'area_km2',
      'held_by_russia_km2',
      'held_by_russia_pct',
      ...layers.map((l) => l.column),
    ].join(','),
  ];
  const row = (cells: (string | number)[]) => rows.push(csvRecord(cells));
  figures.units.forEach((unit, u) =>
    row([
      view.scenario.id,
      date,
      unit.iso,
      unit.name_en,
      unit.name_uk,
      unit.areaKm2.toFixed(1),
      held[u]!.toFixed(1),
      ((100 * held[u]!) / unit.areaKm2).toFixed(2),
      ...layers.map((l) => (l.area.byUnit[unit.iso] ?? 0).toFixed(1)),
    ]),
  );
  const totalHeld = held.reduce((a, b) => a + b, 0);
  row([
    view.scenario.id,
    date,
    'UA',
    'Ukraine',
    'Україна',
    ukraineKm2.toFixed(1),
    totalHeld.toFixed(1),
    ((100 * totalHeld) / ukraineKm2).toFixed(2),
    ...layers.map((l) => l.area.km2.toFixed(1)),
  ]);
  return `${rows.join('\n')}\n`;
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
