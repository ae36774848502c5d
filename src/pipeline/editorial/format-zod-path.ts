/** ['scenarios', 2, 'layers', 0, 'area'] → "scenarios[2].layers[0].area" */
export function formatZodPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}
