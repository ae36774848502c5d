import { formatShortDate, type Lang } from './format-figures.ts';
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
  /**
   * The km² beside each of the scenario's own roles (its `totals`), so that its figures are read
   * at the map, wherever the page puts the rest (issue 18: a phone's embed). The day's held land
   * and grey zone have theirs in the sentence beside the map: given here too, "Held by Russia"
   * would name the whole held land in the legend and a scenario's part of it (Istanbul: in the
   * four oblasts) in its panel.
   */
  km2: Partial<Record<OverlayRole, number>>;
  /**
   * The held land's date and the scenario's areas' own, where the reader moved the timeline off
   * the scenario's date: the map then shows the day's held land beside areas drawn as of the talks
   * (Istanbul's demand of 16 May 2025 over the front of 20 March 2026), and each entry says its
   * date, so that "Demanded of Ukraine 22,419 km²" is not read as of the day shown. Null where the
   * two are one date, or the scenario draws no area of its own.
   */
  dates: { held: string; roles: string } | null;
}

/**
 * An entry's label with its date where the legend gives dates, "Held by Russia (20 Mar 2026)": in
 * brackets, so that the date does not run on into the figure after it.
 */
export function datedLabel(label: string, date: string | undefined, lang: Lang): string {
  return date ? `${label} (${formatShortDate(date, lang, true)})` : label;
}

/**
 * The roles the scenario draws, the grey zone where the day has one, and the line of 23 February
 * 2022 on every other date (on that date it is the held area itself), and a comparison's land
 * taken and regained since an earlier day; with the km² of the scenario's roles.
 */
export function legendContentOf(
  view: ScenarioView,
  day: TimelineDay,
  preInvasionDate: string,
  since: string | null,
): LegendContent {
  const km2: LegendContent['km2'] = {};
  for (const total of view.scenario.totals) km2[total.role] = total.km2;
  const roles = OVERLAY_ROLES.filter((role) => view.drawn[role].length > 0);
  const own = view.scenario.date;
  return {
    roles,
    dates: own && roles.length > 0 && own !== day.date ? { held: day.date, roles: own } : null,
    contested: day.contestedKm2 !== null,
    preInvasion: day.date !== preInvasionDate,
    since,
    km2,
  };
}
