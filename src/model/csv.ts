/** A CSV field (RFC 4180): quoted, with quotes doubled, only when it holds a comma, quote or line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record from its fields. */
export function csvRecord(fields: readonly (string | number)[]): string {
  return fields.map(csvField).join(',');
}

/**
 * A whole CSV file as RFC 4180 writes it: the header on the first line, records ended by CRLF,
 * nothing before the header, so every reader (d3-dsv, pandas, csvkit, spreadsheets) takes it as is.
 */
export function csvTable(
  columns: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  return [columns, ...rows].map((row) => `${csvRecord(row)}\r\n`).join('');
}
