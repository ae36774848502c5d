import { describe, expect, it } from 'vitest';
import { unitNameFeatures } from './unit-names.ts';

const unit = (iso: string, name_en: string, name_uk: string, area_km2: number) => ({
  type: 'Feature' as const,
  properties: {
    iso,
    name_en,
    name_uk,
    area_km2,
    label_lon: 30,
    label_lat: 48,
    town_label_lon: 31,
    town_label_lat: 47,
  },
  geometry: { type: 'Point' as const, coordinates: [30, 48] },
});

const units: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    unit('UA-12', 'Dnipropetrovsk', 'Дніпропетровська область', 31721),
    unit('UA-14', 'Donetsk', 'Донецька область', 26521),
    unit('UA-30', 'Kyiv', 'Київ', 1636),
    unit('UA-43', 'Autonomous Republic of Crimea', 'Автономна Республіка Крим', 26284),
    unit('UA-77', 'Chernivtsi', 'Чернівецька область', 8129),
  ],
};
const places = [{ oblast: 'UA-14' }, { oblast: 'UA-14' }, { oblast: 'UA-43' }, { oblast: 'UA-30' }];

describe('unitNameFeatures', () => {
  const features = unitNameFeatures(units, places).features;
  const atPole = features.filter((f) => f.properties!.towns === 0);
  const byIso = Object.fromEntries(atPole.map((f) => [f.properties!.iso, f.properties!]));

  it('names each oblast by its short name in both languages', () => {
    expect(byIso['UA-14']).toMatchObject({ name_en: 'Donetsk', name_uk: 'Донецька' });
    expect(byIso['UA-43']).toMatchObject({ name_en: 'Crimea', name_uk: 'Крим' });
  });

  it('gives each oblast’s name its pole and its point clear of the towns, for the zooms that name them', () => {
    const donetsk = features.filter((f) => f.properties!.iso === 'UA-14');
    expect(donetsk.map((f) => [f.properties!.towns, f.geometry.coordinates])).toEqual([
      [0, [30, 48]],
      [1, [31, 47]],
    ]);
  });

  it('leaves Kyiv city to the town label of the same name', () => {
    expect(byIso['UA-30']).toBeUndefined();
  });

  it('lets the oblasts with most places of the gazetteer win collisions, then the larger', () => {
    const order = Object.entries(byIso)
      .sort(([, a], [, b]) => (a as { sort: number }).sort - (b as { sort: number }).sort)
      .map(([iso]) => iso);
    expect(order).toEqual(['UA-14', 'UA-43', 'UA-12', 'UA-77']);
  });
});
