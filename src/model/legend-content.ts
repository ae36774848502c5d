import type { OverlayRole } from './roles.ts';
import { OVERLAY_ROLES } from './roles.ts';
import type { ScenarioView } from './scenario-view.ts';
import type { TimelineDay } from './timeline.ts';

/** What the legend lists for a view. */
export interface LegendContent {
  /** The overlay roles the current scenario draws. */
  roles: OverlayRole[];
  contested: boolean;
  preInvasion: boolean;
  /** The earlier day of a comparison, whose taken and regained land and line are drawn. */
  since: string | null;
}

/**
 * The roles the scenario draws, the grey zone where the day has one, and the line of 23 February
 * 2022 on every other date (on that date it is the held area itself), and a comparison's land
 * taken and regained since an earlier day.
 */
export function legendContentOf(
  view: ScenarioView,
  day: TimelineDay,
  preInvasionDate: string,
  since: string | null,
): LegendContent {
  return {
    roles: OVERLAY_ROLES.filter((role) => view.drawn[role].length > 0),
    contested: day.contestedKm2 !== null,
    preInvasion: day.date !== preInvasionDate,
    since,
  };
}
