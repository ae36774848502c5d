import { describe, expect, it } from 'vitest';
import { palettes } from '../style/palette.ts';
import { rgbaOf } from '../style/rgba-of.ts';
import { PLACE_DOT, placeDotImage } from './place-dot.ts';

const pixel = (image: ReturnType<typeof placeDotImage>, x: number, y: number) =>
  Array.from(image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4));

describe('a town’s dot', () => {
  const image = placeDotImage(palettes.light);
  const centre = image.width / 2;

  it('is a square image wide enough for its halo at its pixel ratio, with a pixel to spare', () => {
    expect(image.width).toBe(image.height);
    expect(image.width).toBeGreaterThanOrEqual(2 * PLACE_DOT.halo * PLACE_DOT.pixelRatio + 2);
    expect(image.data).toHaveLength(image.width * image.height * 4);
  });

  it('is the label ink at its centre, opaque', () => {
    expect(pixel(image, centre, centre)).toEqual([...rgbaOf(palettes.light.labelInk)[0], 255]);
  });

  it('is ringed by the label halo, and clear at its corners', () => {
    // The first pixel wholly outside the ink, within the halo.
    const ring = centre + Math.ceil(PLACE_DOT.ink * PLACE_DOT.pixelRatio);
    const [haloRgb, haloAlpha] = rgbaOf(palettes.light.labelHalo);
    expect(pixel(image, ring, Math.floor(centre))).toEqual([
      ...haloRgb,
      Math.round(haloAlpha * 255),
    ]);
    expect(pixel(image, 0, 0)[3]).toBe(0);
  });

  it('takes the dark palette’s colours there', () => {
    const dark = placeDotImage(palettes.dark);
    expect(pixel(dark, centre, centre)).toEqual([...rgbaOf(palettes.dark.labelInk)[0], 255]);
  });

  it('names a colour it cannot read', () => {
    expect(() => rgbaOf('hsl(0, 0%, 0%)')).toThrow(/expected a colour #rrggbb or rgba.*hsl/);
  });
});
