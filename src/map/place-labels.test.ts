import {
  createExpression,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { palettes } from '../style/palette.ts';
import { OFFSET } from './label-layout.ts';
import { LABEL_SIZES, LINE_EM, sizeAt } from './label-sizes.ts';
import { placeLabelLayers } from './place-labels.ts';

/** MapLibre's shift of a name above or below its anchor, in ems (variable_text_anchor.ts). */
const MAPLIBRE_BASELINE_EM = 7 / 24;
/** MapLibre's default `text-line-height`, in ems: the box it sets one line in. */
const MAPLIBRE_LINE_EM = 1.2;

/** The town layer's radial offset, in ems, for a name on `anchor`'s side, at `zoom`. */
function radialOffsetEm(anchor: string, zoom: number): number {
  const layer = placeLabelLayers(palettes.light).find((l) => l.id === 'place-names')!;
  const value = (layer.layout as Record<string, unknown>)['text-radial-offset'];
  const spec = {
    type: 'number',
    expression: { interpolated: true, parameters: ['zoom', 'feature'] },
    'property-type': 'data-driven',
  } as unknown as StylePropertySpecification;
  const compiled = createExpression(value, 'text-radial-offset', spec);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom }, {
    type: 'Point',
    properties: { anchor },
  } as never) as number;
}

describe('town names drawn by MapLibre', () => {
  it('centres a name above or below its dot where the static map centres it, so it does not move when MapLibre takes over', () => {
    for (const zoom of [4, 5.1, 6]) {
      const size = sizeAt(LABEL_SIZES.town, zoom);
      // The static map: the name's box OFFSET px from the dot, the name centred in it.
      const staticCentre = OFFSET + (LINE_EM / 2) * size;
      // MapLibre: the line's box this far from the point, less its baseline shift.
      const em = radialOffsetEm('top', zoom);
      const maplibreCentre = (em - MAPLIBRE_BASELINE_EM + MAPLIBRE_LINE_EM / 2) * size;
      // Within a tenth of a pixel: the offset in ems is interpolated between the sizes' stops.
      expect(Math.abs(maplibreCentre - staticCentre)).toBeLessThan(0.1);
    }
  });

  it('sets a name beside its dot OFFSET px from it, as the static map does', () => {
    const size = sizeAt(LABEL_SIZES.town, 5);
    expect(Math.abs(radialOffsetEm('left', 5) * size - OFFSET)).toBeLessThan(0.1);
  });
});
