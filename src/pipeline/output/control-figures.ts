import type { ControlFigures } from '../../model/data-manifest.ts';
import type { Unit } from '../boundaries/load-units.ts';
import type { SnapshotResult } from '../control/process-snapshot.ts';
import { round1 } from './round-to.ts';

/** km² held per unit on every date, to 0.1 km²: the figures JSON and the CSV both come from it. */
export function controlFigures(
  units: readonly Unit[],
  dates: readonly string[],
  results: ReadonlyMap<string, SnapshotResult>,
): ControlFigures {
  return {
    units: units.map((u) => ({
      iso: u.iso,
      name_en: u.name_en,
      name_uk: u.name_uk,
      areaKm2: round1(u.areaKm2),
    })),
    dates: [...dates],
    heldKm2: dates.map((date) => units.map((u) => round1(results.get(date)!.heldKm2[u.iso] ?? 0))),
    reconciledKm2: dates.map((date) =>
      units.map((u) => round1(results.get(date)!.reconciledKm2[u.iso] ?? 0)),
    ),
  };
}
