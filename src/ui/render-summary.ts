/**
 * The sentence under the title: the scenario, the date shown and how much of Ukraine Russia holds
 * on it. It is a polite live region, so a screen reader hears each new date or scenario once it is
 * on screen.
 */
export function renderSummary(
  element: HTMLElement,
  date: string,
  sentence: string,
  scenarioTitle: string | null,
): void {
  element.textContent = scenarioTitle ? `${scenarioTitle}. ${sentence}` : sentence;
  element.dataset.date = date;
}
