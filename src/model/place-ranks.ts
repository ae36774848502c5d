/**
 * The highest rank of the gazetteer named at each zoom, on either map: the capital (rank 0) at
 * every zoom; the oblast centres and the towns the news is about once the country fills an
 * article's width (zoom 4; a phone's first view, at 3.5–3.9, has room for little more than the
 * oblasts' names); the rest as the reader zooms in. The towns the sources name come at every zoom
 * too (towns-to-name.ts).
 */
export const RANK_SHOWN: readonly (readonly [zoom: number, rank: number])[] = [
  [4, 2],
  [6, 3],
  [7, 4],
];

/** The highest rank named at a zoom: at least 0, the capital, named at every zoom. */
export const rankShownAt = (zoom: number): number =>
  RANK_SHOWN.reduce((rank, [from, shown]) => (zoom >= from ? shown : rank), 0);

/**
 * About the zoom of a desktop's first view (5.1 at 1,280 × 800): the oblasts' names are placed
 * clear of the towns named there (src/pipeline/boundaries/label-point.ts).
 */
export const DESKTOP_ZOOM = 5;

/**
 * About the zoom of the narrowest phone's first view (3.55 at 320 px wide; 3.8 at 390 px), where
 * only the towns the sources name are named: the oblasts' names there are placed clear of those,
 * as many pixels apart as on the narrowest screen, so on every phone.
 */
export const PHONE_ZOOM = 3.55;
