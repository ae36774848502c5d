import { formatDate, formatKm2, formatPercent } from '../model/format-figures.ts';

export interface SummaryFigures {
  date: string;
  heldKm2: number;
  ukraineKm2: number;
  contestedKm2: number | null;
}

/** The sentence under the title: the date shown and how much of Ukraine Russia holds on it. */
export function renderSummary(element: HTMLElement, figures: SummaryFigures): void {
  const date = document.createElement('time');
  date.dateTime = figures.date;
  date.textContent = formatDate(figures.date);
  const held = document.createElement('strong');
  held.textContent = formatKm2(figures.heldKm2);
  const parts: (string | Node)[] = [
    'Held by Russia on ',
    date,
    ': ',
    held,
    `, ${formatPercent(figures.heldKm2 / figures.ukraineKm2)} of Ukraine.`,
  ];
  if (figures.contestedKm2 !== null) parts.push(` Grey zone: ${formatKm2(figures.contestedKm2)}.`);
  element.replaceChildren(...parts);
}
