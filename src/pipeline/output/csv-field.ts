/** A CSV cell: quoted, with quotes doubled, only when the value needs it. */
export function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
