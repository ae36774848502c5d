import type { Palette } from '../style/palette.ts';
import { rgbaOf } from '../style/rgba-of.ts';

/** The image MapLibre sets beside each town's name (place-labels.ts). */
export const PLACE_DOT_IMAGE = 'place-dot';

/** The dot's ink and halo radii in CSS pixels at icon-size 1, and the image's pixels per CSS pixel. */
export const PLACE_DOT = { ink: 3.5, halo: 4.5, pixelRatio: 2 } as const;

/**
 * A town's dot as RGBA pixels for MapLibre's addImage (not premultiplied): a disc in the label
 * ink with a ring of the label halo, edges smoothed over a pixel. The dot is the icon of the same
 * symbol as the town's name, not a layer of its own, so that MapLibre shows both or neither: a dot
 * whose name lost a collision read as belonging to the next name along (issue 18's review).
 */
export function placeDotImage(palette: Palette): {
  width: number;
  height: number;
  data: Uint8Array;
} {
  const { ink, halo, pixelRatio } = PLACE_DOT;
  const size = 2 * Math.ceil(halo * pixelRatio) + 2;
  const centre = size / 2;
  const [inkRgb, inkAlpha] = rgbaOf(palette.labelInk);
  const [haloRgb, haloAlpha] = rgbaOf(palette.labelHalo);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const distance = Math.hypot(x + 0.5 - centre, y + 0.5 - centre);
      const inked = coverage(ink * pixelRatio - distance);
      const ringed = coverage(halo * pixelRatio - distance) - inked;
      const alpha = inked * inkAlpha + ringed * haloAlpha;
      if (alpha <= 0) continue;
      const channel = (i: 0 | 1 | 2) =>
        Math.round((inkRgb[i] * inked * inkAlpha + haloRgb[i] * ringed * haloAlpha) / alpha);
      data.set([channel(0), channel(1), channel(2), Math.round(alpha * 255)], (y * size + x) * 4);
    }
  return { width: size, height: size, data };
}

/** How much of a pixel lies inside an edge `inside` pixels beyond its centre. */
const coverage = (inside: number) => Math.min(1, Math.max(0, inside + 0.5));
