import { rankShownAt } from '../model/place-ranks.ts';

export interface LabelledUnit {
  iso: string;
  name_en: string;
  name_uk: string;
  /** Where its name goes on a phone: its pole, or clear of the capital and the towns the sources name. */
  label_lon: number;
  label_lat: number;
  /** How far its name may move north and south of that point and stay over it, in degrees. */
  label_room: [north: number, south: number];
  /** Where its name goes once the map names towns (rankShownAt): clear of those a desktop names. */
  town_label_lon: number;
  town_label_lat: number;
  town_label_room: [north: number, south: number];
  /** Where its name goes when a neighbour's has taken its point: deep inside, spread out; each
   * `[lon, lat, north, south]`. */
  label_alternatives: [number, number, number, number][];
  /** The unit's area, which orders the names of units with as many places. */
  area_km2: number;
}

/**
 * Units not named as units: the two cities with special status, which the gazetteer names as
 * towns (Kyiv, Sevastopol). A second label with the same name would only repeat it.
 */
export const SMALL_UNITS = new Set(['UA-30', 'UA-40']);

/** The units that get a name on the map, each with its label point. */
export function labelledUnits(units: readonly { properties?: unknown }[]): LabelledUnit[] {
  return units
    .map((f) => f.properties as LabelledUnit)
    .filter((unit) => !SMALL_UNITS.has(unit.iso));
}

/**
 * The order in which oblast names claim room when not all fit (a phone, an embed): first the units
 * the gazetteer has most places in, which are the ones the front and the talks are about (Donetsk,
 * Luhansk, Kharkiv, Zaporizhzhia, Kherson…), then the larger. Lower comes first.
 */
export function unitLabelOrder(
  units: readonly LabelledUnit[],
  places: readonly { oblast: string }[],
  areaKm2: (iso: string) => number,
): Map<string, number> {
  const count = new Map<string, number>();
  for (const place of places) count.set(place.oblast, (count.get(place.oblast) ?? 0) + 1);
  const sorted = [...units].sort(
    (a, b) => (count.get(b.iso) ?? 0) - (count.get(a.iso) ?? 0) || areaKm2(b.iso) - areaKm2(a.iso),
  );
  return new Map(sorted.map((unit, i) => [unit.iso, i]));
}

/**
 * Where a unit's name goes at a zoom, as `[lon, lat, north, south]` (its room each way): clear of
 * the larger towns once the map names them, else clear of the capital and the towns the sources
 * name (both points made by the data build: label-point.ts).
 */
export function unitLabelPoint(unit: LabelledUnit, zoom: number): [number, number, number, number] {
  return rankShownAt(zoom) > 0
    ? [unit.town_label_lon, unit.town_label_lat, ...unit.town_label_room]
    : [unit.label_lon, unit.label_lat, ...unit.label_room];
}
