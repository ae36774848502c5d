import { quoteCitation, type CitationPart } from '../model/citation.ts';
import type { EditorialData, Quote } from '../model/editorial-data.ts';
import type { Lang } from '../model/format-figures.ts';
import { sourceOf } from '../model/scenario-view.ts';
import { strings } from '../model/strings.ts';
import { el } from './dom.ts';

/**
 * A quote as DESIGN.md's contract has it: a <blockquote> in the source's own language followed by a
 * <cite> in the reader's language saying who speaks, through which outlet, and the source as its
 * copy states it (headline, publisher or that none is named, author, date stated or inferred and
 * from which words). `after` follows the citation, such as the checks of the figures it states.
 */
export function renderQuote(
  quote: Quote,
  editorial: EditorialData,
  lang: Lang,
  after: HTMLElement | null = null,
): HTMLElement {
  const source = sourceOf(editorial, quote);
  return el(
    'figure',
    { class: 'quote', 'data-quote': quote.id },
    el('blockquote', { lang: source.language }, quote.text),
    renderCitation(quoteCitation(quote, editorial, lang), lang),
    source.language !== lang
      ? el('p', { class: 'quote-language' }, strings[lang].quoteLanguage(source.language))
      : null,
    after,
  );
}

/** The parts joined by " · ", each a span named by its kind; the copy's own words keep their language. */
export function renderCitation(parts: readonly CitationPart[], lang: Lang): HTMLElement {
  const cite = el('cite', {});
  parts.forEach((part, i) => {
    if (i > 0) cite.append(' · ');
    cite.append(
      el(
        'span',
        { class: `cite-${part.kind}` },
        ...part.pieces.map((piece) =>
          piece.lang && piece.lang !== lang
            ? el('span', { lang: piece.lang }, piece.text)
            : piece.text,
        ),
      ),
    );
  });
  return cite;
}
