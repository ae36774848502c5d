import { describe, expect, it } from 'vitest';
import { palettes, type Palette } from './palette.ts';

/**
 * The contrast of names drawn over the map (issue 18: "colour contrast of labels over the map"),
 * which axe cannot measure in a canvas. A name is ink inside a halo of the land's colour, 1.6 px
 * wide and 92% opaque (src/map/unit-names.ts, place-labels.ts, the SVG map's labels): what surrounds
 * each glyph is the halo composited over whatever fill lies beneath. Decided: every such pair
 * reaches WCAG's 4.5:1 for normal text (1.4.3), over every colour the map can draw.
 */
type Rgb = [number, number, number];

function parse(color: string): { rgb: Rgb; alpha: number } {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return { rgb: [(n >> 16) & 255, (n >> 8) & 255, n & 255], alpha: 1 };
  }
  const rgba = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(color);
  if (!rgba) throw new Error(`unexpected colour ${color}`);
  return { rgb: [Number(rgba[1]), Number(rgba[2]), Number(rgba[3])], alpha: Number(rgba[4]) };
}

const over = (top: string, below: Rgb): Rgb => {
  const { rgb, alpha } = parse(top);
  return rgb.map((c, i) => alpha * c + (1 - alpha) * below[i]!) as Rgb;
};

const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** Every solid colour a name can sit on: land, sea, held, each role's and comparison's colour. */
function fills(p: Palette): string[] {
  return [
    p.sea,
    p.neighbourLand,
    p.ukraineLand,
    p.held,
    p.contested.color,
    p.preInvasion,
    p.selected,
    p.change.taken.color,
    p.change.regained.color,
    p.change.sinceLine,
    ...Object.values(p.roles).map((r) => r.color),
  ];
}

describe('names over the map', () => {
  for (const [theme, palette] of Object.entries(palettes)) {
    it(`reach 4.5:1 against their halo over every fill, ${theme} theme`, () => {
      const ink = parse(palette.labelInk).rgb;
      for (const fill of fills(palette)) {
        const surround = over(palette.labelHalo, parse(fill).rgb);
        expect(contrast(ink, surround), `${palette.labelInk} on halo over ${fill}`).toBeGreaterThan(
          4.5,
        );
      }
    });
  }
});
