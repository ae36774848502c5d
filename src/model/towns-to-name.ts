import { rankShownAt } from './place-ranks.ts';
import type { PlaceRecord } from './places-data.ts';

/**
 * The towns a map at `zoom` tries to name, in the order the label layout tries them (the first
 * wins where two collide): those the sources name (a quote's `about.places`) at every zoom and
 * first, since the map is read beside those sources; then the ranks the zoom shows
 * (place-ranks.ts: the capital at every zoom), by rank and then population. The chosen place is
 * named apart, so not here.
 */
export function townsToName(
  places: readonly PlaceRecord[],
  zoom: number,
  chosen: PlaceRecord | null,
): PlaceRecord[] {
  const unquoted = (p: PlaceRecord) => (p.quotes.length > 0 ? 0 : 1);
  return places
    .filter((p) => namedAt(zoom, p.rank, p.quotes.length > 0) && p.id !== chosen?.id)
    .sort(
      (a, b) =>
        unquoted(a) - unquoted(b) || a.rank - b.rank || (b.population ?? 0) - (a.population ?? 0),
    );
}

/**
 * Whether a map at `zoom` tries to name a town of `rank`: always where a source names it
 * (`quoted`), else where the zoom shows its rank. The data build places the oblasts' names clear
 * of the same towns (src/pipeline/build-data.ts).
 */
export const namedAt = (zoom: number, rank: number, quoted: boolean): boolean =>
  quoted || rank <= rankShownAt(zoom);

/**
 * Whether a town is named at every zoom, a phone's included: the capital and the towns the sources
 * name. A reader looks for these on any map, and on a crowded one (a phone) the oblasts' names make
 * room for them (src/map/label-layout.ts, makeRoom): Kyiv is the map's bearing, and the map is read
 * beside the sources.
 */
export const namedAtEveryZoom = (place: PlaceRecord): boolean =>
  namedAt(0, place.rank, place.quotes.length > 0);
