import { describe, expect, it } from 'vitest';
import { placesFixture } from '../model/places-fixture.ts';
import { anchorOf, namesAsFeatures } from './maplibre-names.ts';
import type { StaticLabel } from './svg-labels.ts';

const label = (extra: Partial<StaticLabel>): StaticLabel => ({
  id: 'x',
  text: 'X',
  x: 100,
  y: 100,
  width: 40,
  height: 15,
  kind: 'beside',
  left: 106,
  top: 92.5,
  style: 'town',
  size: 11,
  ...extra,
});

describe('anchorOf', () => {
  it('names the side of the text that faces the dot', () => {
    expect(anchorOf(label({ left: 106 }))).toBe('left');
    expect(anchorOf(label({ left: 54 }))).toBe('right');
    expect(anchorOf(label({ left: 80, top: 79 }))).toBe('bottom');
    expect(anchorOf(label({ left: 80, top: 106 }))).toBe('top');
  });
});

describe('namesAsFeatures', () => {
  const place = placesFixture().places[0]!;
  const places = new Map([[place.id, place]]);
  const unproject = (x: number, y: number): [number, number] => [x / 10, y / 10];

  it('puts an oblast’s name at the middle of the box the layout gave it', () => {
    const oblast = label({
      id: 'UA-14',
      text: 'DONETSK',
      kind: 'centre',
      style: 'unit',
      left: 80,
      top: 100,
    });
    const { units } = namesAsFeatures([oblast], places, unproject);
    expect(units.features).toEqual([
      {
        type: 'Feature',
        properties: { iso: 'UA-14', name: 'DONETSK' },
        geometry: { type: 'Point', coordinates: [10, 10.75] },
      },
    ]);
  });

  it('keeps a town at its own position, with the side its name went and whether it is chosen', () => {
    const town = label({ id: place.id, text: place.name.en, left: 54, style: 'chosen' });
    const { towns } = namesAsFeatures([town], places, unproject);
    expect(towns.features[0]).toMatchObject({
      properties: { id: place.id, name: place.name.en, anchor: 'right', chosen: true },
      geometry: { coordinates: [place.lon, place.lat] },
    });
  });
});
