import type { ControlFigures } from '../../model/data-manifest.ts';
import { sharedColumns as col, type DateKind } from './shared-columns.ts';
import { tableFile, type Column, type TableFile } from './table.ts';
import { percentOfPublished, sumOfRounded1 } from '../output/round-to.ts';

/** One date of the control series, with what the tables need of it. */
export interface ControlDay {
  date: string;
  kind: DateKind;
  /** km² held per unit, in the order of `figures.units`, the reconciled land included. */
  heldKm2: readonly number[];
  /** Of heldKm2, the km² the border reconciliation moved to the held side, in the same order. */
  reconciledKm2: readonly number[];
  /** km² of grey zone per unit iso, or null where the source published none for the date. */
  greyZoneKm2: Readonly<Record<string, number>> | null;
}

interface UnitRow {
  day: ControlDay;
  unit: ControlFigures['units'][number];
  held: number;
  reconciled: number;
}
interface TotalRow {
  day: ControlDay;
  held: number;
  reconciled: number;
  ukraineKm2: number;
}

const HELD =
  'Land held by Russia on the date, as the control source maps it, measured on its unsimplified polygons, with the slivers the border reconciliation assigns to it (reconciled_km2).';
const RECONCILED =
  "Of held_by_russia_km2, the land the border reconciliation moved to the held side: strips under 5 km wide between the source's held area and Natural Earth's border or coast, cut off from the rest of free Ukraine (README, 'Reconciling the two sources').";
const GREY =
  'Grey zone: land the control source marks as of unknown status, outside the held area. Empty where the source published no grey zone for the date (unknown, not zero).';
const DATE =
  'The date of the map: a daily map as the source showed it that morning, or the reference line.';

const greyZoneColumn = <Row>(value: (row: Row) => number | null): Column<Row> => ({
  ...col.km2<Row>('grey_zone_km2', () => 0, GREY),
  optional: true,
  value: (row) => value(row)?.toFixed(1) ?? null,
});

/**
 * control-areas.csv, a row per date and unit, and control-totals.csv, a row per date for Ukraine
 * as a whole: kept apart so that summing the units' rows never counts a total twice.
 */
export function controlTables(
  figures: ControlFigures,
  days: readonly ControlDay[],
  ukraineKm2: number,
): TableFile[] {
  const firstDaily = days.find((d) => d.kind === 'daily')?.date ?? '';
  const unitRows = days.flatMap((day) =>
    figures.units.map((unit, u) => ({
      day,
      unit,
      held: day.heldKm2[u]!,
      reconciled: day.reconciledKm2[u]!,
    })),
  );
  const totalRows = days.map((day) => ({
    day,
    held: sumOfRounded1(day.heldKm2),
    reconciled: sumOfRounded1(day.reconciledKm2),
    ukraineKm2,
  }));
  return [
    tableFile<UnitRow>({
      name: 'control-areas',
      path: 'control-areas.csv',
      title: 'Land held by Russia, per unit and date',
      description:
        "For every date of the series (and the 23 February 2022 reference), each of Ukraine's 27 first-level units: its area, the km² and share of it Russia holds, and the grey zone in it.",
      primaryKey: ['date', 'iso'],
      rows: unitRows,
      columns: [
        col.date<UnitRow>((r) => r.day.date, DATE),
        col.dateKind<UnitRow>((r) => r.day.kind, firstDaily),
        col.iso<UnitRow>((r) => r.unit.iso),
        col.unitNameEn<UnitRow>((r) => r.unit.name_en),
        col.unitNameUk<UnitRow>((r) => r.unit.name_uk),
        col.unitAreaKm2<UnitRow>((r) => r.unit.areaKm2),
        col.km2<UnitRow>('held_by_russia_km2', (r) => r.held, `${HELD} Within the unit.`),
        col.percent<UnitRow>(
          'held_by_russia_pct',
          (r) => percentOfPublished(r.held, r.unit.areaKm2),
          'held_by_russia_km2 as a share of unit_area_km2.',
        ),
        col.km2<UnitRow>('reconciled_km2', (r) => r.reconciled, `${RECONCILED} Within the unit.`),
        greyZoneColumn<UnitRow>((r) =>
          r.day.greyZoneKm2 ? (r.day.greyZoneKm2[r.unit.iso] ?? 0) : null,
        ),
      ],
    }),
    tableFile<TotalRow>({
      name: 'control-totals',
      path: 'control-totals.csv',
      title: 'Land held by Russia in Ukraine as a whole, per date',
      description:
        'For every date, Ukraine as a whole: the km² and share Russia holds and the grey zone. The sums of control-areas.csv, kept in a file of their own so that no sum double-counts.',
      primaryKey: ['date'],
      rows: totalRows,
      columns: [
        col.date<TotalRow>((r) => r.day.date, DATE),
        col.dateKind<TotalRow>((r) => r.day.kind, firstDaily),
        col.ukraineAreaKm2<TotalRow>((r) => r.ukraineKm2),
        col.km2<TotalRow>('held_by_russia_km2', (r) => r.held, `${HELD} In all of Ukraine.`),
        col.percent<TotalRow>(
          'held_by_russia_pct',
          (r) => percentOfPublished(r.held, r.ukraineKm2),
          'held_by_russia_km2 as a share of ukraine_area_km2.',
        ),
        col.km2<TotalRow>(
          'reconciled_km2',
          (r) => r.reconciled,
          `${RECONCILED} In all of Ukraine.`,
        ),
        greyZoneColumn<TotalRow>((r) =>
          r.day.greyZoneKm2 ? sumOfRounded1(Object.values(r.day.greyZoneKm2)) : null,
        ),
      ],
    }),
  ];
}
