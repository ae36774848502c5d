import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { Overlay } from '../model/scenario-view.ts';
import { mapStyle, overlayKey, overlayLayers, patternImageId } from './map-style.ts';
import { palettes } from '../style/palette.ts';
import { placeLabelLayers } from './place-labels.ts';

const overlays: Overlay[] = [
  { area: 'istanbul-withdrawal', role: 'demanded' },
  { area: 'crimea-and-sevastopol', role: 'recognised-de-jure' },
];

describe('mapStyle', () => {
  const style = mapStyle(palettes.light, overlays);
  const order = style.layers.map((l) => l.id);
  const layer = (id: string) => style.layers.find((l) => l.id === id)!;

  it('is a valid MapLibre style in both themes', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(validateStyleMin(mapStyle(palettes.dark, overlays))).toEqual([]);
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

  it('gives every overlay a tint, a pattern of its role and an outline, above held land', () => {
    for (const overlay of overlays) {
      const [tint, pattern, outline] = overlayLayers(overlay);
      expect(order.indexOf(tint.id)).toBeGreaterThan(order.indexOf('held'));
      expect(order.indexOf(outline.id)).toBeGreaterThan(order.indexOf('ukraine-border'));
      expect(layer(pattern.id).paint).toMatchObject({
        'fill-pattern': patternImageId(overlay.role),
      });
    }
  });

  it('hides overlays by opacity 0 until they are shown, so showing one only repaints', () => {
    const [tint, pattern, outline] = overlayLayers(overlays[0]!);
    expect(layer(tint.id).paint).toMatchObject({ 'fill-opacity': 0 });
    const shown = mapStyle(palettes.light, overlays, new Set([overlayKey(overlays[0]!)]));
    const shownLayer = (id: string) => shown.layers.find((l) => l.id === id)!;
    expect(shownLayer(tint.id).paint).toMatchObject({ 'fill-opacity': tint.shown });
    expect(shownLayer(pattern.id).paint).toMatchObject({ 'fill-opacity': 1 });
    expect(shownLayer(outline.id).paint).toMatchObject({ 'line-opacity': 1 });
    const [otherTint] = overlayLayers(overlays[1]!);
    expect(shownLayer(otherTint.id).paint).toMatchObject({ 'fill-opacity': 0 });
  });

  it('keeps the selection outline above every shape, from a source of its own, under only the names', () => {
    expect(order.slice(-4)).toEqual(['selected', 'place-names', 'unit-names', 'selected-place']);
    expect(layer('selected')).toMatchObject({ source: 'selection' });
  });

  it('draws names with the fonts it ships, asking no glyph server', () => {
    expect(style.glyphs).toBeUndefined();
    expect(Object.keys(style['font-faces']!)).toEqual(['Noto Sans Regular', 'Noto Sans SemiBold']);
    expect(layer('place-names')).toMatchObject({
      type: 'symbol',
      layout: { 'text-font': ['Noto Sans Regular'], 'text-field': ['get', 'name'] },
    });
  });

  it('draws the names where the static layout put them, MapLibre’s collision handling off, the chosen place on top', () => {
    const at = (id: string) => order.indexOf(id);
    expect(at('selected-place')).toBeGreaterThan(at('unit-names'));
    expect(layer('unit-names')).toMatchObject({
      type: 'symbol',
      source: 'unit-names',
      layout: {
        'text-font': ['Noto Sans SemiBold'],
        'text-field': ['get', 'name'],
        'text-allow-overlap': true,
      },
      paint: { 'text-halo-color': palettes.light.labelHalo },
    });
    for (const id of ['place-names', 'selected-place'])
      expect(layer(id)).toMatchObject({
        source: 'places',
        layout: { 'text-anchor': ['get', 'anchor'], 'text-allow-overlap': true },
      });
  });

  it('names the chosen place once, in its own bolder layer, never also among the others', () => {
    const [names, selected] = placeLabelLayers(palettes.light);
    expect((names as { filter: unknown }).filter).toEqual(['!', ['get', 'chosen']]);
    expect((selected as { filter: unknown }).filter).toEqual(['get', 'chosen']);
  });

  it('draws each source in as few runs of layers as the order of drawing allows', () => {
    // Every change of source between consecutive layers of shapes costs a stencil pass
    // (baseFeatures); names are not clipped to tiles that way.
    expect(Object.keys(style.sources)).toEqual([
      'base',
      'control',
      'selection',
      'places',
      'unit-names',
    ]);
    const runs = style.layers
      .filter((l) => 'source' in l && l.type !== 'symbol')
      .map((l) => (l as { source: string }).source)
      .filter((source, i, all) => source !== all[i - 1]);
    expect(runs).toEqual(['base', 'control', 'base', 'selection']);
  });

  it('finds an overlay’s area among the areas only, by its id', () => {
    const [tint] = overlayLayers(overlays[0]!);
    const filter = JSON.stringify((layer(tint.id) as { filter?: unknown }).filter);
    expect(filter).toContain('["==",["get","part"],"area"]');
    expect(filter).toContain('["==",["get","id"],"istanbul-withdrawal"]');
  });

  it('antialiases only the fills whose edges no line draws over', () => {
    const antialiased = style.layers
      .filter((l) => l.type === 'fill' && l.paint?.['fill-antialias'] !== false)
      .map((l) => l.id);
    expect(antialiased).toEqual(['held', 'contested', 'taken', 'regained']);
  });

  it('has no transitions, which would hold back readiness', () => {
    expect(style.transition).toEqual({ duration: 0, delay: 0 });
  });
});
