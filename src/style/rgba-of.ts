/** A palette colour, `#rrggbb` or `rgba(r, g, b, a)`, as its channels and its opacity. */
export function rgbaOf(color: string): [[number, number, number], number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (hex) return [[1, 2, 3].map((i) => parseInt(hex[i]!, 16)) as [number, number, number], 1];
  const rgba = /^rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)$/.exec(color);
  if (rgba)
    return [[1, 2, 3].map((i) => Number(rgba[i])) as [number, number, number], Number(rgba[4])];
  throw new Error(`expected a colour #rrggbb or rgba(r, g, b, a), got "${color}"`);
}
