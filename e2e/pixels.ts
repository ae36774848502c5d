import { PNG } from 'pngjs';

/** The share (0…1) of a PNG screenshot's pixels for which `test` holds. */
export function shareOfPixels(
  png: Buffer,
  test: (r: number, g: number, b: number) => boolean,
): number {
  const { data, width, height } = PNG.sync.read(png);
  let count = 0;
  for (let i = 0; i < data.length; i += 4) if (test(data[i]!, data[i + 1]!, data[i + 2]!)) count++;
  return count / (width * height);
}

/** The held-by-Russia red of either theme, over the land colours it is blended with. */
export const isHeldColour = (r: number, g: number, b: number) => r > 150 && g < 130 && b < 130;

/** A test for pixels within `tolerance` (per channel) of a #rrggbb colour. */
export function isNear(hex: string, tolerance = 24) {
  const [r0, g0, b0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  return (r: number, g: number, b: number) =>
    Math.abs(r - r0) <= tolerance && Math.abs(g - g0) <= tolerance && Math.abs(b - b0) <= tolerance;
}
