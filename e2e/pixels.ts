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
