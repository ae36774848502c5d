import type { z } from 'zod';
import type { MultiPolygon } from '../geometry/types.ts';
import type { ControlSource } from './control-source.ts';

/** One dated map of a control source, with its files read but not yet parsed. */
export interface SnapshotInput {
  date: string;
  readHeld: () => MultiPolygon;
  readContested: () => MultiPolygon;
  /** Whether the source publishes a grey zone for this date; without one its km² is unknown, not 0. */
  hasContested: boolean;
  /**
   * Units whose borders the held area follows by definition on this date (the line of 23 February
   * 2022 draws Crimea as the administrative unit): the reconciliation treats them as border.
   */
  followsUnits?: string[];
  /** Changes whenever anything the snapshot's result depends on does: its cache key. */
  inputHash: string;
}

/** What a control source gives the build: the daily series and the reference dates outside it. */
export interface ControlInputs {
  /** The daily series, sorted by date. */
  series: SnapshotInput[];
  /** The line of 23 February 2022, where the source can draw it. */
  preInvasion: SnapshotInput | null;
  /** Days between the first and last date for which the source has no map. */
  missing: string[];
}

/**
 * A module under src/pipeline/control/sources/, named by `reader.module` in data/control-source.json,
 * exports `reader`: the schema of its settings (the rest of `reader`) and how it assembles the inputs.
 */
export interface ControlReader<Settings> {
  settings: z.ZodType<Settings>;
  assemble: (
    source: ControlSource,
    settings: Settings,
    where: { controlDir: string; sourceFile: string },
  ) => Promise<ControlInputs>;
}

/** Declares a reader with its settings' type inferred from its schema. */
export const defineControlReader = <Settings>(reader: ControlReader<Settings>) => reader;
