import type { EditorialData, Localized } from './editorial-data.ts';

/** A day the sources speak of, to compare with: "since the Istanbul talks". */
export interface CompareShortcut {
  /** The day with data the scenarios are measured on. */
  date: string;
  /** The titles of the scenarios dated that day, joined. */
  titles: Localized;
}

/**
 * The days the scenarios are dated to (talks, drafts, interviews), one shortcut per day, oldest
 * first, limited to days with data before `before` (a comparison needs an earlier day). A scenario
 * measured on the latest day, such as a standing claim, is "now", not a day to compare with.
 */
export function compareShortcuts(
  editorial: EditorialData,
  dates: readonly string[],
  before: string,
): CompareShortcut[] {
  const latest = dates[dates.length - 1];
  const byDate = new Map<string, Localized[]>();
  for (const scenario of editorial.scenarios) {
    const date = scenario.date;
    if (!date || scenario.timeline || date === latest || date >= before) continue;
    if (!dates.includes(date)) continue;
    byDate.set(date, [...(byDate.get(date) ?? []), scenario.title]);
  }
  return [...byDate]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, titles]) => ({
      date,
      titles: {
        en: titles.map((t) => t.en).join('; '),
        uk: titles.map((t) => t.uk).join('; '),
      },
    }));
}
