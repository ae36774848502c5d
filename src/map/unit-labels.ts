import type { Lang } from '../model/format-figures.ts';

interface LabelledUnit {
  iso: string;
  name_en: string;
  name_uk: string;
  label_lon: number;
  label_lat: number;
}

/** Units too small to label until the reader zooms in: the two cities with special status. */
export const SMALL_UNITS = new Set(['UA-30', 'UA-40']);

/**
 * The zoom from which a label is shown. Below about 4.8 (Ukraine fitted to a phone's width) the
 * oblast names would overlap one another, so the map is left unlabelled until the reader zooms in.
 */
export function labelMinZoom(iso: string): number {
  return SMALL_UNITS.has(iso) ? 6.5 : 4.8;
}

/**
 * The short name a label shows: "Donetsk", "Донецька" (the word "область" is implied on a map of
 * oblasts), full names for Crimea and the cities.
 */
export function labelText(unit: LabelledUnit, lang: Lang): string {
  if (lang === 'en') return unit.iso === 'UA-43' ? 'Crimea' : unit.name_en;
  return unit.iso === 'UA-43' ? 'Крим' : unit.name_uk.replace(/ область$/, '');
}

export function labelledUnits(units: GeoJSON.FeatureCollection): LabelledUnit[] {
  return units.features.map((f) => f.properties as LabelledUnit);
}
