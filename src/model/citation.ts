import type { EditorialData, Quote, Source } from './editorial-data.ts';
import { formatDate, type Lang } from './format-figures.ts';
import { strings } from './strings.ts';

/** A run of text; `lang` is set where it stays in the copy's language (a headline, its words). */
export interface Piece {
  text: string;
  lang?: Lang;
}

export type CitationPartKind = 'speaker' | 'via' | 'title' | 'publisher' | 'author' | 'date';

/** One part of a citation line, such as the speaker or the date with the words it comes from. */
export interface CitationPart {
  kind: CitationPartKind;
  pieces: Piece[];
}

/**
 * What a quote's <cite> says, in the reader's language, as the copy states it: who speaks (or that
 * the words are the article's own), the wire or outlet they come through, then the source.
 */
export function quoteCitation(quote: Quote, editorial: EditorialData, lang: Lang): CitationPart[] {
  const t = strings[lang].citation;
  const source = editorial.sources.find((s) => s.id === quote.source);
  if (!source) throw new Error(`quote "${quote.id}" names an unknown source "${quote.source}"`);
  const parts: CitationPart[] = [
    { kind: 'speaker', pieces: [{ text: speakerText(quote, editorial, lang) }] },
  ];
  const occasion = quote.occasion ? ` (${quote.occasion[lang]})` : '';
  if (quote.via)
    parts.push({ kind: 'via', pieces: [{ text: `${t.via(quote.via.outlet[lang])}${occasion}` }] });
  else if (occasion) parts[0]!.pieces.push({ text: occasion });
  return [...parts, ...sourceCitation(source, lang)];
}

/** "Volodymyr Zelensky, President of Ukraine (reported)", or that the words are the article's. */
export function speakerText(quote: Quote, editorial: EditorialData, lang: Lang): string {
  const t = strings[lang].citation;
  if (quote.attribution === 'narration') return t.narration;
  const speaker = editorial.speakers.find((s) => s.id === quote.speaker);
  if (!speaker) throw new Error(`quote "${quote.id}" names an unknown speaker "${quote.speaker}"`);
  const named = speaker.role ? `${speaker.name[lang]}, ${speaker.role[lang]}` : speaker.name[lang];
  return quote.attribution === 'reported' ? `${named} (${t.reported})` : named;
}

/**
 * A source as its copy states it: the headline (or that it has none), the publisher as named or
 * inferred (or that none is named), the author where a byline names one, and the date, stated or
 * inferred, with the words it comes from.
 */
export function sourceCitation(source: Source, lang: Lang): CitationPart[] {
  const t = strings[lang].citation;
  const copy = (text: string): Piece[] => [
    { text: t.open },
    { text, lang: source.language },
    { text: t.close },
  ];
  const parts: CitationPart[] = [
    { kind: 'title', pieces: source.title ? copy(source.title) : [{ text: t.noTitle }] },
  ];
  const publisher = source.publisher;
  parts.push({
    kind: 'publisher',
    pieces: !publisher
      ? [{ text: t.publisherNotNamed }]
      : publisher.inferredFrom
        ? [
            { text: publisher.name, lang: source.language },
            { text: ` (${t.publisherInferredFrom} ` },
            ...copy(publisher.inferredFrom),
            { text: ')' },
          ]
        : [{ text: publisher.name, lang: source.language }],
  });
  if (source.author)
    parts.push({
      kind: 'author',
      pieces: [{ text: `${t.byAuthor} ` }, { text: source.author, lang: source.language }],
    });
  const basis = source.dateBasis.kind === 'stated' ? t.dateStated : t.dateInferredFrom;
  parts.push({
    kind: 'date',
    pieces: [
      { text: `${formatDate(source.date, lang)} (${basis} ` },
      ...copy(source.dateBasis.words),
      { text: ')' },
    ],
  });
  return parts;
}

/** A citation line as plain text, its parts joined by " · ". */
export function citationText(parts: readonly CitationPart[]): string {
  return parts.map((part) => part.pieces.map((p) => p.text).join('')).join(' · ');
}

/**
 * A source named in a few words, for lists of sources beside a figure or on the timeline: the
 * publisher, else the author, else the start of the headline, else that the copy names none.
 */
export function sourceLabel(source: Source, lang: Lang): string {
  const t = strings[lang].citation;
  if (source.publisher) return source.publisher.name;
  if (source.author) return source.author;
  if (source.title) return `${t.open}${shorten(source.title, 60)}${t.close}`;
  return t.publisherNotNamed;
}

/**
 * A source named in full for the timeline: "The Kyiv Independent: Zelensky dismisses …", the
 * headline alone where the copy names no publisher or author, or that it names none.
 */
export function sourceName(source: Source, lang: Lang): string {
  const by = source.publisher?.name ?? source.author;
  if (by && source.title) return `${by}: ${source.title}`;
  return by ?? source.title ?? strings[lang].citation.publisherNotNamed;
}

/** A run of a text in another language than the words around it: the copy's own words. */
export interface ForeignPhrase {
  text: string;
  lang: Lang;
}

/**
 * A source's headline as sourceLabel and sourceName set it among the reader's words (whole, or
 * cut), in the source's own language, so that a page can mark it so (src/ui/in-language.ts).
 */
export function titlePhrases(source: Source): ForeignPhrase[] {
  if (!source.title) return [];
  const cut = shorten(source.title, 60);
  const texts = cut === source.title ? [cut] : [source.title, cut];
  return texts.map((text) => ({ text, lang: source.language }));
}

/** Cuts a headline at a word boundary so that it fits `max` characters with its ellipsis. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
