import { describe, expect, it } from 'vitest';
import { unitNameFeatures } from './unit-names.ts';

const unit = (iso: string, name_en: string, name_uk: string, area_km2: number) => ({
  type: 'Feature' as const,
  properties: { iso, name_en, name_uk, area_km2, label_lon: 30, label_lat: 48 },
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
  const byIso = Object.fromEntries(features.map((f) => [f.properties!.iso, f.properties!]));

  it('names each oblast by its short name in both languages, at its label point', () => {
    expect(byIso['UA-14']).toMatchObject({ name_en: 'Donetsk', name_uk: 'Донецька' });
    expect(byIso['UA-43']).toMatchObject({ name_en: 'Crimea', name_uk: 'Крим' });
    expect(features[0]!.geometry.coordinates).toEqual([30, 48]);
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
