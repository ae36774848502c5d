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
 * What the oblasts' names do for a town that finds no room (src/map/label-layout.ts, makeRoom):
 * for the capital and a town the sources name, named at every zoom, they move, and one that
 * cannot gives way (never the town's own oblast's): a reader looks for these on any map, a phone's
 * included, Kyiv as the map's bearing, Pokrovsk beside the sources. For an oblast's centre they
 * move where they can, none lost. For any other town, nothing.
 */
export const roomFor = (place: PlaceRecord): 'give-way' | 'move' | undefined =>
  namedAt(0, place.rank, place.quotes.length > 0)
    ? 'give-way'
    : place.centreOf.length > 0
      ? 'move'
      : undefined;
