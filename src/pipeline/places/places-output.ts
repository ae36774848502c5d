import type { PlaceRecord, PlacesData } from '../../model/places-data.ts';
import type { Column, Table } from '../open-data/table.ts';
import { placeHistory } from './place-history.ts';
import type { PlacesFile } from './places-schema.ts';

/** Largest population first; places without a figure last, then by name. */
const byPopulation = (a: PlaceRecord, b: PlaceRecord) =>
  (b.population ?? -1) - (a.population ?? -1) || a.name.en.localeCompare(b.name.en);

/**
 * What the browser loads about places: the gazetteer, each place's history over the daily series,
 * the quotes that name it, and the places inside each area a scenario draws.
 */
export function placesData(
  file: PlacesFile,
  series: { dates: readonly string[]; source: string },
  insideOn: (date: string) => ReadonlySet<string>,
  insidePreInvasion: ReadonlySet<string>,
  placesInArea: ReadonlyMap<string, readonly string[]>,
  quotesByPlace: ReadonlyMap<string, readonly string[]>,
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
    quotes: [...(quotesByPlace.get(place.id) ?? [])],
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

interface PlaceRow {
  place: PlaceRecord;
  /** One stretch inside the line; absent for a place never inside it. */
  period?: [from: string, fromSeriesStart: boolean, until: string | null];
}

const populationColumn: Column<{ place: PlaceRecord }> = {
  name: 'population_geonames',
  type: 'integer',
  optional: true,
  description:
    'Population as GeoNames gives it, with no year stated; most figures date from before the ' +
    'full-scale invasion of February 2022, so it is not a current figure. Empty where GeoNames gives none.',
  value: (r) => r.place.population,
};

const placeColumns: Column<{ place: PlaceRecord }>[] = [
  {
    name: 'id',
    type: 'string',
    description: 'Id of the place in the gazetteer (data/places.json).',
    value: (r) => r.place.id,
  },
  {
    name: 'name_en',
    type: 'string',
    description: 'The place’s name in English.',
    value: (r) => r.place.name.en,
  },
  {
    name: 'name_uk',
    type: 'string',
    description: 'The place’s name in Ukrainian.',
    value: (r) => r.place.name.uk,
  },
  {
    name: 'oblast',
    type: 'string',
    description:
      'ISO 3166-2 code of the unit (oblast, Crimea, Kyiv city or Sevastopol) the place lies in, as in the `iso` column of control-areas.csv.',
    value: (r) => r.place.oblast,
  },
];

/**
 * place-histories.csv: one row per stretch a place's point was inside the line of held territory
 * (a place never inside has one row with the last three fields empty). `inside_line_from` is the
 * first date the series shows it inside; where `inside_from_series_start` is true, that is the
 * series' first day and the place was inside before it.
 */
export function placeHistoriesTable(data: PlacesData): Table<PlaceRow> {
  const rows: PlaceRow[] = data.places.flatMap((place) =>
    place.held.length === 0
      ? [{ place }]
      : place.held.map(([from, until]): PlaceRow => ({
          place,
          period: [from ?? data.series.first, from === null, until],
        })),
  );
  const inside = (r: PlaceRow) => r.period;
  return {
    name: 'place-histories',
    path: 'place-histories.csv',
    title: 'Towns and cities: when each was inside the line of held territory',
    description:
      `Each place of the gazetteer (${data.dataset.name}, ${data.dataset.version}) with the stretches ` +
      `of days its point lay inside the land ${data.series.source} shows as held by Russia, over the ` +
      `daily series ${data.series.first} to ${data.series.last}: one row per stretch, one row with ` +
      'the last three fields empty for a place never inside. A point, not the whole town: a town ' +
      'the line crosses is "inside" when its centre is.',
    columns: [
      ...placeColumns,
      {
        name: 'lon',
        type: 'number',
        unit: '°',
        description: 'Longitude of the place’s point (WGS84), as the gazetteer gives it.',
        value: (r) => r.place.lon,
      },
      {
        name: 'lat',
        type: 'number',
        unit: '°',
        description: 'Latitude of the place’s point (WGS84), as the gazetteer gives it.',
        value: (r) => r.place.lat,
      },
      populationColumn,
      {
        name: 'inside_pre_invasion_line',
        type: 'boolean',
        description:
          'Whether the point lies inside the line of 23 February 2022 (the reference before the full-scale invasion).',
        value: (r) => String(r.place.preInvasion),
      },
      {
        name: 'inside_line_from',
        type: 'date',
        optional: true,
        description:
          'The first date of the stretch: the first day the series shows the point inside the line (the series’ first day where `inside_from_series_start` is true). Empty for a place never inside.',
        value: (r) => inside(r)?.[0] ?? null,
      },
      {
        name: 'inside_from_series_start',
        type: 'boolean',
        optional: true,
        description:
          'True where the point was already inside on the series’ first day, so the stretch began earlier than `inside_line_from`. Empty for a place never inside.',
        value: (r) => (inside(r) ? String(inside(r)![1]) : null),
      },
      {
        name: 'outside_again_from',
        type: 'date',
        optional: true,
        description:
          'The first day the series shows the point outside the line again; empty while it is still inside on the last day (or was never inside).',
        value: (r) => inside(r)?.[2] ?? null,
      },
    ],
    // A place has at most one stretch starting on a given date; a place never inside has one row.
    primaryKey: [],
    rows,
  };
}

/** scenario-area-places.csv: the places inside each area a scenario draws, one row each. */
export function areaPlacesTable(data: PlacesData): Table<{ area: string; place: PlaceRecord }> {
  const byId = new Map(data.places.map((p) => [p.id, p]));
  return {
    name: 'scenario-area-places',
    path: 'scenario-area-places.csv',
    title: 'Towns and cities inside each scenario area',
    description:
      'For each named area a scenario draws (as in scenario-areas.csv), the places of the gazetteer ' +
      `(${data.dataset.name}) whose point lies inside it, largest population first.`,
    columns: [
      {
        name: 'area',
        type: 'string',
        description:
          'Id of the named area (data/areas.json), as the `area` column of scenario-areas.csv and scenario-area-totals.csv.',
        value: (r) => r.area,
      },
      ...placeColumns,
      populationColumn,
    ],
    primaryKey: ['area', 'id'],
    rows: Object.entries(data.areas).flatMap(([area, ids]) =>
      ids.map((id) => ({ area, place: byId.get(id)! })),
    ),
  };
}
