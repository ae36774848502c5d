import type { EditorialData, Quote } from './editorial-data.ts';
import type { Lang } from './format-figures.ts';
import { placeStrings } from './place-strings.ts';
import { placeInsideOn } from './place-status.ts';
import type { PlaceRecord, PlacesData } from './places-data.ts';
import { sourceOf } from './scenario-view.ts';

/** How many of an area's places are named before "and N more". */
const NAMED_IN_AREA = 4;

export interface PlaceDetails {
  place: PlaceRecord;
  name: string;
  population: string;
  onShownDate: { status: 'inside' | 'outside' | 'unknown'; text: string };
  /** One sentence per stretch inside the line, oldest first, or one saying it never was. */
  history: string[];
  preInvasion: string | null;
  caveat: string;
}

/** What the place panel says: who held the point on the shown date, and its history over the series. */
export function placeDetails(
  data: PlacesData,
  id: string,
  date: string,
  lang: Lang,
  reference?: { date: string },
): PlaceDetails | null {
  const place = data.places.find((p) => p.id === id);
  if (!place) return null;
  const s = placeStrings[lang];
  const { first, last, source } = data.series;
  const status = placeInsideOn(place, date, data.series, reference);
  return {
    place,
    name: place.name[lang],
    population: s.population(place.population, data.dataset.publisher),
    onShownDate: { status, text: s.onShownDate(status, date, source) },
    history:
      place.held.length === 0
        ? [s.neverInside(first, last, source)]
        : place.held.map((period) => s.period(period, first, source)),
    preInvasion: place.preInvasion ? s.preInvasion : null,
    caveat: s.caveat,
  };
}

/**
 * "Includes Kramatorsk, Sloviansk, Kostiantynivka, Druzhkivka and 6 more places…: N people by …'s
 * figures", for an area a scenario draws; null when no place of the gazetteer lies inside it.
 */
export function areaPlacesSummary(data: PlacesData, areaId: string, lang: Lang): string | null {
  const ids = data.areas[areaId] ?? [];
  if (ids.length === 0) return null;
  const byId = new Map(data.places.map((p) => [p.id, p]));
  const places = ids.map((id) => byId.get(id)!);
  const people = places.reduce((total, p) => total + (p.population ?? 0), 0);
  return placeStrings[lang].areaPlaces(
    places.slice(0, NAMED_IN_AREA).map((p) => p.name[lang]),
    Math.max(0, places.length - NAMED_IN_AREA),
    people,
    data.dataset.publisher,
  );
}

/** The quotes that name a place (its `quotes`, from the editorial model's `about.places`), in order. */
export function quotesNaming(place: PlaceRecord, editorial: EditorialData): Quote[] {
  return place.quotes.map((id) => {
    const quote = editorial.quotes.find((q) => q.id === id);
    if (!quote)
      throw new Error(`place "${place.id}" names quote "${id}", which the editorial model lacks`);
    return quote;
  });
}

/**
 * The heading over a place's quotes, with the days their sources were published: under the line's
 * state on the shown date, a sentence such as "forces are advancing towards Pokrovsk" would
 * otherwise read as today's news. Null where no quote names the place: it has no such section.
 */
export function placeQuotesHeading(
  quotes: Quote[],
  editorial: EditorialData,
  lang: Lang,
): string | null {
  const dates = [...new Set(quotes.map((q) => sourceOf(editorial, q).date))].sort();
  return dates.length ? placeStrings[lang].quotesHeading(dates) : null;
}
