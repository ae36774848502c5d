import type { Land } from '../geometry/reconcile-borders.ts';
import { landFor, reconcileBorders } from '../geometry/reconcile-borders.ts';
import type { Zone } from '../geometry/measure-within.ts';
import type { SnapshotInput } from './control-inputs.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import { dissolvePolygons } from '../topology/dissolve-polygons.ts';

/**
 * The held area of each date after the border reconciliation, in one piece and unsimplified: what
 * the editorial areas are evaluated on, so they agree with the daily figures and the map.
 */
export async function reconciledHeld(
  dates: readonly string[],
  inputOf: (date: string) => SnapshotInput,
  land: Land,
  units: readonly Zone[],
): Promise<Map<string, MultiPolygon>> {
  const held = new Map<string, MultiPolygon>();
  for (const date of dates) {
    const input = inputOf(date);
    const dayLand = landFor(land, units, input.followsUnits);
    const { source, moved } = reconcileBorders(input.readHeld(), dayLand);
    held.set(date, await dissolvePolygons(source, moved));
  }
  return held;
}
