import { describe, expect, it } from 'vitest';
import { hatchImage, mapStyle } from './map-style.ts';
import { palettes } from './palette.ts';

describe('mapStyle', () => {
  const style = mapStyle(palettes.light);

  it('requests nothing: no glyphs, sprites or URL sources', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) expect(source).not.toHaveProperty('url');
  });

  it('draws held land above Ukraine’s units and borders above both', () => {
    const order = style.layers.map((l) => l.id);
    expect(order.indexOf('held')).toBeGreaterThan(order.indexOf('units'));
    expect(order.indexOf('ukraine-border')).toBeGreaterThan(order.indexOf('held'));
  });
});

describe('hatchImage', () => {
  it('is opaque on the diagonal stripes and transparent between them', () => {
    const { data } = hatchImage('#6f6f6f', 8);
    expect(Array.from(data.slice(0, 4))).toEqual([0x6f, 0x6f, 0x6f, 230]);
    expect(data[(0 * 8 + 4) * 4 + 3]).toBe(0);
  });
});
