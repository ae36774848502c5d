/**
 * The contract between the data build (src/pipeline) and the browser: public/data/manifest.json.
 * It is the only data file with a fixed name; every file it points to carries a content hash in its
 * name, so a CDN may cache those forever while the manifest stays short-lived.
 */
export interface DataManifest {
  format: 1;
  /** Changes whenever any input or the pipeline's code changes; an identical key means "up to date". */
  buildKey: string;
  /** Credits that must stay visible wherever the map is shown, worded in each language. */
  credits: { id: string; text: { en: string; uk: string }; licence: string }[];
  /** [west, south, east, north] of Ukraine. */
  bounds: [number, number, number, number];
  /** [west, south, east, north] that the basemap covers: the map may not be panned beyond it. */
  basemapBounds: [number, number, number, number];
  /** Ukraine's area as the boundary file draws it (km²), the base of "% of Ukraine". */
  ukraineKm2: number;
  /**
   * File names, relative to the manifest. `csv` is the daily table of open data; `open` lists every
   * open-data file (tables, GeoJSON, datapackage.json first) at its stable, unhashed path.
   */
  files: { units: string; basemap: string; figures: string; csv: string; open: string[] };
  /**
   * The files every first view needs (first-view-files.ts), for the page's head to ask for while
   * the main script is on its way (public/page-mode.js); empty for a build that cannot show a view.
   */
  firstView: string[];
  /**
   * The daily series, sorted by date; arrays of equal length, index by index. A day's geometry is
   * `control/<date>.<hash>.topo.json` (see snapshotFile), with one layer "control" whose features
   * have kind "held" or "contested".
   */
  series: {
    dates: string[];
    hashes: string[];
    heldKm2: number[];
    /** km² of grey zone, or null where the source has no grey zone for that day. */
    contestedKm2: (number | null)[];
    /**
     * The same days shipped together, one file per calendar month (`file`, relative to the
     * manifest), covering `first` to `last`: one topology whose object "control" has every day's
     * features, each with its `date` beside its `kind`. A reader who steps through the timeline
     * fetches these; a day's own file serves the first view, which needs only that day.
     */
    bundles: { first: string; last: string; file: string }[];
  };
  /** Dates outside the daily series, such as the line of 23 February 2022. */
  references: { id: 'pre-invasion'; date: string; hash: string; heldKm2: number }[];
  /** Days between the first and last date for which the source has no map. */
  missing: string[];
  /**
   * The editorial model with every area's figures and claim checks (`file`), the CSV of scenario
   * areas, one GeoJSON per scenario id for readers to download, and every area any scenario draws
   * in one topology (`areas`, object "areas", features with the area's `id`). Null in a build
   * without it.
   */
  editorial: {
    file: string;
    csv: string;
    areas: string;
    scenarios: Record<string, string>;
    /**
     * Each scenario's date when the address names none, the default scenario first (url-state.ts
     * `defaultDates`): with `series` and `references`, the page's head finds the held area of the
     * address's date before this model has arrived (public/page-mode.js).
     */
    defaultDates: Record<string, string>;
  } | null;
  /**
   * The gazetteer with each place's history and the places inside each drawn area (`file`, see
   * places-data.ts), and the CSVs of the histories and of the places in each area. Null in a build
   * without it.
   */
  places: { file: string; csv: string; areasCsv: string } | null;
}

/** public/data/control-areas.<hash>.json: km² held per unit for every date in the manifest. */
export interface ControlFigures {
  units: { iso: string; name_en: string; name_uk: string; areaKm2: number }[];
  /** References first, then the daily series, as in the CSV. */
  dates: string[];
  /** heldKm2[d][u]: km² of unit u held on dates[d], to 0.1 km². */
  heldKm2: number[][];
  /**
   * reconciledKm2[d][u]: the part of heldKm2[d][u] that the border reconciliation added, to 0.1 km²:
   * land the control source leaves between its held area and the border or coast (README, "How the
   * two sources' borders are reconciled").
   */
  reconciledKm2: number[][];
}

/** The file of one snapshot, relative to the manifest. */
export function snapshotFile(date: string, hash: string): string {
  return `control/${date}.${hash}.topo.json`;
}
