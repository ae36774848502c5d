import type { EditorialData, Quote } from '../model/editorial-data.ts';
import type { Lang } from '../model/format-figures.ts';
import type { PlaceDetails } from '../model/place-details.ts';
import { placeStrings } from '../model/place-strings.ts';
import { strings } from '../model/strings.ts';
import { el } from './dom.ts';
import { renderQuote } from './render-quote.ts';

export interface PlaceContext {
  lang: Lang;
  /** The name of the place's unit, in the reader's language. */
  unitName: string;
  openUnit: () => void;
  close: () => void;
  /** The sentences of the sources that name the place, each with its citation, and their heading. */
  quotes: readonly Quote[];
  quotesHeading: string | null;
  editorial: EditorialData;
}

/**
 * A place's panel, in the details section: its region, whether its point was inside the line on
 * the shown date, its history over the series, the sentences of the sources that name it, and what
 * its history can and cannot say.
 */
export function renderPlace(
  element: HTMLElement,
  details: PlaceDetails,
  c: PlaceContext,
): HTMLHeadingElement {
  const t = placeStrings[c.lang];
  const close = el(
    'button',
    { type: 'button', class: 'close', 'aria-label': strings[c.lang].close },
    '×',
  );
  close.addEventListener('click', c.close);
  const unit = el('button', { type: 'button', class: 'link-button' }, c.unitName);
  unit.addEventListener('click', c.openUnit);
  const heading = el('h2', { tabindex: '-1' }, details.name);
  const nodes: (Node | null)[] = [
    el('div', { class: 'details-head' }, heading, close),
    el('dl', { class: 'facts' }, el('dt', {}, t.region), el('dd', {}, unit)),
    el(
      'p',
      { class: 'place-status', 'data-status': details.onShownDate.status },
      details.onShownDate.text,
    ),
    el('h3', {}, t.historyHeading),
    el('ul', { class: 'place-history' }, ...details.history.map((line) => el('li', {}, line))),
    details.preInvasion ? el('p', {}, details.preInvasion) : null,
    ...(c.quotes.length && c.quotesHeading
      ? [el('h3', {}, c.quotesHeading), ...c.quotes.map((q) => renderQuote(q, c.editorial, c.lang))]
      : []),
    el('p', { class: 'note' }, details.caveat),
    el('p', { class: 'note' }, details.population),
  ];
  element.replaceChildren(...nodes.filter((node): node is Node => node !== null));
  element.dataset.kind = 'place';
  return heading;
}
