/** What the editorial checks are given besides the files: the seeds, the timeline, the names. */
export interface ValidationContext {
  /** Seed file name → its text. */
  seeds: ReadonlyMap<string, string>;
  /** Every date the timeline has data for (daily snapshots and references such as 2022-02-23). */
  timeline: ReadonlySet<string>;
  /**
   * Each place of the gazetteer (data/places.json) by id, with every name it goes by (English,
   * Ukrainian, variants): a quote about a place must name it. Empty without a gazetteer.
   */
  places: ReadonlyMap<string, readonly string[]>;
  /** How files are named in messages, e.g. "data/quotes.json". */
  fileLabel: (name: 'parties' | 'sources' | 'quotes' | 'areas' | 'scenarios') => string;
  seedLabel: (seed: string) => string;
}
