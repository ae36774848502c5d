/** A CSV field (RFC 4180): quoted, with quotes doubled, only when it holds a comma, quote or line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record from its fields. */
export function csvRecord(fields: readonly (string | number)[]): string {
  return fields.map(csvField).join(',');
}
