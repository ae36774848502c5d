import type { Quote, Source } from '../model/editorial-data.ts';
import { formatDate, type Lang } from '../model/format-figures.ts';
import { strings } from '../model/strings.ts';
import { el } from './dom.ts';

/**
 * A quote as DESIGN.md's contract has it: a <blockquote> in the source's own language followed by a
 * <cite> with speaker, publisher and date ("date inferred" where the text does not state it).
 */
export function renderQuote(quote: Quote, source: Source, lang: Lang): HTMLElement {
  const t = strings[lang];
  const publisher = source.publisher ?? source.author ?? source.title;
  const date = formatDate(source.date, lang);
  const cite = [
    quote.speaker,
    publisher,
    source.dateBasis.kind === 'inferred' ? `${date} (${t.dateInferred})` : date,
  ]
    .filter(Boolean)
    .join(' · ');
  return el(
    'figure',
    { class: 'quote', 'data-quote': quote.id },
    el('blockquote', { lang: source.language }, quote.text),
    el('cite', {}, cite),
    source.language !== lang
      ? el('p', { class: 'quote-language' }, t.quoteLanguage(source.language))
      : null,
  );
}
