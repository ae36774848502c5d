import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { OVERLAY_ROLES } from '../model/scenario-view.ts';
import { mapStyle, patternImageId, roleLayerIds } from './map-style.ts';
import { palettes } from './palette.ts';

describe('mapStyle', () => {
  const style = mapStyle(palettes.light);
  const order = style.layers.map((l) => l.id);

  it('is a valid MapLibre style in both themes', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(validateStyleMin(mapStyle(palettes.dark))).toEqual([]);
  });

  it('requests nothing: no glyphs, sprites or URL sources', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) expect(source).not.toHaveProperty('url');
  });

  it('draws held land above Ukraine’s units and borders above both', () => {
    expect(order.indexOf('held')).toBeGreaterThan(order.indexOf('units'));
    expect(order.indexOf('ukraine-border')).toBeGreaterThan(order.indexOf('held'));
  });

  it('has a tint, a pattern and an outline for every role, patterned with its own image', () => {
    for (const role of OVERLAY_ROLES) {
      const [tint, pattern, outline] = roleLayerIds(role);
      expect(order.indexOf(tint)).toBeGreaterThan(order.indexOf('held'));
      expect(order).toContain(outline);
      const layer = style.layers.find((l) => l.id === pattern)!;
      expect(layer.paint).toEqual({ 'fill-pattern': patternImageId(role) });
    }
  });

  it('keeps the selection outline on top of everything', () => {
    expect(order.slice(-2)).toEqual(['unit-selected', 'area-selected']);
  });
});
