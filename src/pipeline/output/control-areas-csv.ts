import type { ControlFigures } from '../../model/data-manifest.ts';
import { csvRecord } from '../../model/csv.ts';

export const CSV_COLUMNS = [
  'date',
  'iso',
  'name_en',
  'name_uk',
  'area_km2',
  'held_by_russia_km2',
  'held_by_russia_pct',
] as const;

/**
 * control-areas.csv: one row per date and unit. The first line is a comment with the credit and
 * licence, as the data's licence requires them to travel with it (pandas: `comment='#'`).
 */
export function controlAreasCsv(figures: ControlFigures, creditLine: string): string {
  const rows = [`# ${creditLine}`, CSV_COLUMNS.join(',')];
  figures.dates.forEach((date, d) => {
    figures.units.forEach((unit, u) => {
      const held = figures.heldKm2[d]![u]!;
      rows.push(
        csvRecord([
          date,
          unit.iso,
          unit.name_en,
          unit.name_uk,
          unit.areaKm2.toFixed(1),
          held.toFixed(1),
          ((100 * held) / unit.areaKm2).toFixed(2),
        ]),
      );
    });
  });
  return `${rows.join('\n')}\n`;
}
