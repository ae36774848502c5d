/** What the editorial checks are given besides the files: the seeds, the timeline, the names. */
export interface ValidationContext {
  /** Seed file name → its text. */
  seeds: ReadonlyMap<string, string>;
  /** Every date the timeline has data for (daily snapshots and references such as 2022-02-23). */
  timeline: ReadonlySet<string>;
  /** How files are named in messages, e.g. "data/quotes.json". */
  fileLabel: (name: 'parties' | 'sources' | 'quotes' | 'areas' | 'scenarios') => string;
  seedLabel: (seed: string) => string;
}
