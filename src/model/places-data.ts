import type { Localized } from './editorial-data.ts';

/**
 * The contract between the data build and the browser for the gazetteer: public/data/places.<hash>.json,
 * written by src/pipeline/places/places-output.ts from data/places.json and the daily series.
 */
export interface PlacesData {
  /** Where positions and populations come from, and what the population figure is (not a current one). */
  dataset: {
    name: string;
    /** Who publishes it, as a sentence for readers names it. */
    publisher: string;
    version: string;
    licence: string;
    credit: Localized;
    population: Localized;
  };
  /**
   * The daily series the histories were computed over (the 2022 reference is not part of it) and
   * the name of its source, which every statement about a place's history credits.
   */
  series: { first: string; last: string; source: string };
  places: PlaceRecord[];
  /** Area id → the ids of the places whose point lies inside the area, largest population first. */
  areas: Record<string, string[]>;
}

/**
 * A stretch of days the place's point was inside the line of held territory: the first date the
 * series shows it inside (null: already inside on the series' first day) and the first date it shows
 * it outside again (null: still inside on the last day).
 */
export type HeldPeriod = [from: string | null, until: string | null];

export interface PlaceRecord {
  id: string;
  name: Localized;
  /** Other spellings readers type, for search. */
  variants: string[];
  /** ISO 3166-2 code of the unit the place lies in. */
  oblast: string;
  /** Label priority: 0 the capital, 1 the oblast centres … 4 small towns. */
  rank: number;
  /** The units whose administrative centre this is. */
  centreOf: string[];
  lon: number;
  lat: number;
  /** As the dataset gives it; null where it gives none. */
  population: number | null;
  /** Inside the line of 23 February 2022, the reference before the full-scale invasion. */
  preInvasion: boolean;
  held: HeldPeriod[];
  /**
   * The quotes that name the place (the editorial model's `about.places`), in the quotes file's
   * order: its panel shows them, and the maps name these towns before any other.
   */
  quotes: string[];
}
