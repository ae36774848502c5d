import type { ForeignPhrase } from '../model/citation.ts';
import type { Lang } from '../model/format-figures.ts';
import { el } from './dom.ts';

/**
 * `text` as a page's children, each of `phrases` in it that is not in the page's language set in
 * a span marked with its own (WCAG 3.1.2): a headline in English within a Ukrainian sentence is
 * read by a screen reader in English. The longest phrase wins where two start at one place.
 */
export function inLanguage(
  text: string,
  phrases: readonly ForeignPhrase[],
  lang: Lang,
): (string | HTMLElement)[] {
  const foreign = phrases
    .filter((p) => p.lang !== lang && p.text.length > 0)
    .sort((a, b) => b.text.length - a.text.length);
  const out: (string | HTMLElement)[] = [];
  let rest = text;
  for (;;) {
    let first: { at: number; phrase: ForeignPhrase } | null = null;
    for (const phrase of foreign) {
      const at = rest.indexOf(phrase.text);
      if (at >= 0 && (!first || at < first.at)) first = { at, phrase };
    }
    if (!first) break;
    if (first.at > 0) out.push(rest.slice(0, first.at));
    out.push(el('span', { lang: first.phrase.lang }, first.phrase.text));
    rest = rest.slice(first.at + first.phrase.text.length);
  }
  if (rest) out.push(rest);
  return out;
}
