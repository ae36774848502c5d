import type { Column } from './table.ts';

/**
 * Columns that mean the same in every table they appear in, declared once so that one name always
 * names one quantity.
 */
export const sharedColumns = {
  date: <Row>(value: (row: Row) => string, description: string): Column<Row> => ({
    name: 'date',
    type: 'date',
    description,
    value,
  }),
  dateKind: <Row>(value: (row: Row) => DateKind, firstDaily: string): Column<Row> => ({
    name: 'date_kind',
    type: 'string',
    enum: DATE_KINDS,
    description:
      `"daily": a day of the daily series, which starts on ${firstDaily}. "reference": the line of ` +
      "23 February 2022, the eve of the full-scale invasion, drawn from the source's later maps; " +
      'a fixed point to compare with, not a day of the series.',
    value,
  }),
  iso: <Row>(value: (row: Row) => string): Column<Row> => ({
    name: 'iso',
    type: 'string',
    description:
      "ISO 3166-2 code of Ukraine's first-level unit (24 oblasts, Crimea, Kyiv city, Sevastopol).",
    value,
  }),
  unitNameEn: <Row>(value: (row: Row) => string): Column<Row> => ({
    name: 'unit_name_en',
    type: 'string',
    description: "The unit's name in English.",
    value,
  }),
  unitNameUk: <Row>(value: (row: Row) => string): Column<Row> => ({
    name: 'unit_name_uk',
    type: 'string',
    description: "The unit's name in Ukrainian.",
    value,
  }),
  unitAreaKm2: <Row>(value: (row: Row) => number): Column<Row> => ({
    name: 'unit_area_km2',
    type: 'number',
    unit: 'km²',
    description:
      "The unit's area as the boundaries (Natural Earth 1:10m) draw it, to 0.1 km²: the base of every percentage of the unit.",
    value: (row) => value(row).toFixed(1),
  }),
  ukraineAreaKm2: <Row>(value: (row: Row) => number): Column<Row> => ({
    name: 'ukraine_area_km2',
    type: 'number',
    unit: 'km²',
    description:
      "Ukraine's area as the boundaries (Natural Earth 1:10m) draw it, Crimea included, to 0.1 km²: the base of every percentage of Ukraine.",
    value: (row) => value(row).toFixed(1),
  }),
  km2: <Row>(name: string, value: (row: Row) => number, description: string): Column<Row> => ({
    name,
    type: 'number',
    unit: 'km²',
    // Measured as the pipeline measures every area (turf's `area`, on a sphere): a reader who
    // measures the published shapes on the ellipsoid finds about 0.3% more, and should know why.
    description: `${description} To 0.1 km², measured on a sphere of radius 6,371.0088 km (an ellipsoidal measure reads about 0.3% more).`,
    value: (row) => value(row).toFixed(1),
  }),
  percent: <Row>(name: string, value: (row: Row) => number, description: string): Column<Row> => ({
    name,
    type: 'number',
    unit: '%',
    description: `${description} In percent, to 0.01.`,
    value: (row) => value(row).toFixed(2),
  }),
};

export const DATE_KINDS = ['daily', 'reference'] as const;
export type DateKind = (typeof DATE_KINDS)[number];
