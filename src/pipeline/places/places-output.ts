import type { PlaceRecord, PlacesData } from '../../model/places-data.ts';
import { csvField } from '../../model/csv.ts';
import { placeHistory } from './place-history.ts';
import type { PlacesFile } from './places-schema.ts';

/** Largest population first; places without a figure last, then by name. */
const byPopulation = (a: PlaceRecord, b: PlaceRecord) =>
  (b.population ?? -1) - (a.population ?? -1) || a.name.en.localeCompare(b.name.en);

/**
 * What the browser loads about places: the gazetteer, each place's history over the daily series,
 * and the places inside each area a scenario draws.
 */
export function placesData(
  file: PlacesFile,
  series: { dates: readonly string[]; source: string },
  insideOn: (date: string) => ReadonlySet<string>,
  insidePreInvasion: ReadonlySet<string>,
  placesInArea: ReadonlyMap<string, readonly string[]>,
): PlacesData {
  const places: PlaceRecord[] = file.places.map((place) => ({
    id: place.id,
    name: place.name,
    variants: place.variants,
    oblast: place.oblast,
    rank: place.rank,
    centreOf: place.centreOf ?? [],
    lon: place.lon,
    lat: place.lat,
    population: place.population,
    preInvasion: insidePreInvasion.has(place.id),
    held: placeHistory(
      series.dates.map((date) => ({ date, inside: insideOn(date).has(place.id) })),
    ),
  }));
  const byId = new Map(places.map((p) => [p.id, p]));
  return {
    dataset: file.dataset,
    series: {
      first: series.dates[0]!,
      last: series.dates[series.dates.length - 1]!,
      source: series.source,
    },
    places,
    areas: Object.fromEntries(
      [...placesInArea].map(([area, ids]) => [
        area,
        ids
          .map((id) => byId.get(id)!)
          .sort(byPopulation)
          .map((p) => p.id),
      ]),
    ),
  };
}

export const PLACE_HISTORY_COLUMNS = [
  'id',
  'name_en',
  'name_uk',
  'oblast',
  'lon',
  'lat',
  'population_geonames',
  'inside_pre_invasion_line',
  'inside_line_from',
  'inside_from_series_start',
  'outside_again_from',
] as const;

/**
 * place-histories.csv: one row per stretch a place's point was inside the line of held territory
 * (a place never inside has one row with the last three fields empty). `inside_line_from` is the
 * first date the series shows it inside; where `inside_from_series_start` is true, that is the
 * series' first day and the place was inside before it.
 */
export function placeHistoriesCsv(data: PlacesData): string {
  const rows: string[] = [PLACE_HISTORY_COLUMNS.join(',')];
  for (const place of data.places) {
    const fixed = [
      place.id,
      csvField(place.name.en),
      csvField(place.name.uk),
      place.oblast,
      String(place.lon),
      String(place.lat),
      place.population === null ? '' : String(place.population),
      String(place.preInvasion),
    ];
    const periods = place.held.length > 0 ? place.held : [undefined];
    for (const period of periods) {
      const tail = period
        ? [period[0] ?? data.series.first, String(period[0] === null), period[1] ?? '']
        : ['', '', ''];
      rows.push([...fixed, ...tail].join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

export const AREA_PLACES_COLUMNS = [
  'area',
  'id',
  'name_en',
  'name_uk',
  'oblast',
  'population_geonames',
] as const;

/** scenario-area-places.csv: the places inside each area a scenario draws, one row each. */
export function areaPlacesCsv(data: PlacesData): string {
  const byId = new Map(data.places.map((p) => [p.id, p]));
  const rows: string[] = [AREA_PLACES_COLUMNS.join(',')];
  for (const [area, ids] of Object.entries(data.areas)) {
    for (const id of ids) {
      const place = byId.get(id)!;
      rows.push(
        [
          area,
          id,
          csvField(place.name.en),
          csvField(place.name.uk),
          place.oblast,
          place.population === null ? '' : String(place.population),
        ].join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
