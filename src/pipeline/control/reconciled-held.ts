import type { Land } from '../geometry/reconcile-borders.ts';
import { reconcileBorders } from '../geometry/reconcile-borders.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import { dissolvePolygons } from '../topology/dissolve-polygons.ts';

/**
 * The held area of each date after the border reconciliation, in one piece and unsimplified: what
 * the editorial areas are evaluated on, so they agree with the daily figures and the map.
 */
export async function reconciledHeld(
  dates: readonly string[],
  readHeld: (date: string) => MultiPolygon,
  land: Land,
): Promise<Map<string, MultiPolygon>> {
  const held = new Map<string, MultiPolygon>();
  for (const date of dates) {
    const { source, moved } = reconcileBorders(readHeld(date), land);
    held.set(date, await dissolvePolygons(source, moved));
  }
  return held;
}
