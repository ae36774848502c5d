import { csvTable } from '../../model/csv.ts';

/** A Table Schema field type (Frictionless): what a reader should parse the column as. */
export type FieldType = 'string' | 'number' | 'integer' | 'date' | 'boolean';

/**
 * One column of a published table, declared once: its name, type, unit and description go into the
 * table's Table Schema, and `value` writes its cells. A new column (say, km² moved by reconciling
 * the two sources' borders) is one more entry in a table's list.
 */
export interface Column<Row> {
  name: string;
  type: FieldType;
  description: string;
  /** The unit of a quantity, e.g. "km²" or "%". */
  unit?: string;
  /** The values a code column may take, each explained in the description. */
  enum?: readonly string[];
  /** An empty cell means "not known" (e.g. no grey zone published that day), never zero. */
  optional?: boolean;
  value: (row: Row) => string | number | null;
}

/** A published table: where it lives under open/, what it holds, its columns and its rows. */
export interface Table<Row> {
  name: string;
  path: string;
  title: string;
  description: string;
  columns: readonly Column<Row>[];
  primaryKey: readonly string[];
  rows: readonly Row[];
}

export function tableCsv<Row>(table: Table<Row>): string {
  return csvTable(
    table.columns.map((c) => c.name),
    table.rows.map((row) => table.columns.map((c) => c.value(row) ?? '')),
  );
}

/** The table's Frictionless Table Schema, from the same column list that writes the CSV. */
export function tableSchema<Row>(table: Pick<Table<Row>, 'columns' | 'primaryKey'>) {
  return {
    fields: table.columns.map((c) => ({
      name: c.name,
      type: c.type,
      ...(c.type === 'date' ? { format: 'default' } : {}),
      description: c.description,
      ...(c.unit ? { unit: c.unit } : {}),
      constraints: { required: !c.optional, ...(c.enum ? { enum: [...c.enum] } : {}) },
    })),
    // A table whose rows no set of columns tells apart (a place's stretches) declares no key.
    ...(table.primaryKey.length > 0 ? { primaryKey: [...table.primaryKey] } : {}),
    missingValues: [''],
  };
}

export type TableSchema = ReturnType<typeof tableSchema>;

/** A table ready to publish: its description, its Table Schema and its CSV text. */
export interface TableFile extends Omit<Table<never>, 'columns' | 'rows' | 'primaryKey'> {
  schema: TableSchema;
  csv: string;
}

export function tableFile<Row>(table: Table<Row>): TableFile {
  const { name, path, title, description } = table;
  return { name, path, title, description, schema: tableSchema(table), csv: tableCsv(table) };
}
