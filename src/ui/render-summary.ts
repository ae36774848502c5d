import type { Lang } from '../model/format-figures.ts';
import { strings } from '../model/strings.ts';
import type { TimelineDay } from '../model/timeline.ts';

/**
 * The sentence under the title: the date shown and how much of Ukraine Russia holds on it. It is a
 * polite live region, so a screen reader hears each new date or scenario once it is on screen.
 */
export function renderSummary(
  element: HTMLElement,
  day: TimelineDay,
  ukraineKm2: number,
  scenarioTitle: string | null,
  lang: Lang,
): void {
  const t = strings[lang];
  const sentence = t.summary(day.date, day.heldKm2, day.heldKm2 / ukraineKm2, day.contestedKm2);
  element.textContent = scenarioTitle ? `${scenarioTitle}. ${sentence}` : sentence;
  element.dataset.date = day.date;
}
