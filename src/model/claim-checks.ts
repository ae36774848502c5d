import { sourceLabel, speakerText, titlePhrases, type ForeignPhrase } from './citation.ts';
import type { ClaimFigure, EditorialData, Quote } from './editorial-data.ts';
import { formatDate, formatKm2, type Lang } from './format-figures.ts';
import { areaById, quoteById, sourceOf } from './scenario-view.ts';
import { formatClaimValue } from './claim-value.ts';
import { strings } from './strings.ts';

/** One distinct quoted figure as the panels show it, every sentence in the reader's language. */
export interface ClaimCheckText {
  id: string;
  /** "quoted 30%; the map measures 25.5%" */
  figures: string;
  /** Who states it and in which sources. */
  statedBy: string;
  /** The sources' headlines within `statedBy`, in their own language. */
  foreign: ForeignPhrase[];
  /** What the map measures, on which date, within which boundaries, and why the two may differ. */
  why: string;
}

/** The figures a quote states, each once, as checked against the map. */
export function claimsStatedBy(editorial: EditorialData, quote: Quote): ClaimFigure[] {
  return editorial.claims.filter((c) => c.quotes.includes(quote.id));
}

export function claimCheckText(
  claim: ClaimFigure,
  editorial: EditorialData,
  lang: Lang,
): ClaimCheckText {
  const t = strings[lang];
  const quotes = claim.quotes.map((id) => quoteById(editorial, id));
  const speakers = unique(
    quotes.filter((q) => q.attribution !== 'narration').map((q) => speakerText(q, editorial, lang)),
  );
  const sources = unique(
    quotes.map((q) => {
      const source = sourceOf(editorial, q);
      return `${sourceLabel(source, lang)}, ${formatDate(source.date, lang)}`;
    }),
  );
  const foreign = quotes.flatMap((q) => titlePhrases(sourceOf(editorial, q)));
  const area = areaById(editorial, claim.area);
  return {
    id: claim.id,
    figures: t.claimCheck(
      formatClaimValue(claim.quoted, claim.unit, lang, 'quoted'),
      formatClaimValue(claim.mapped, claim.unit, lang),
    ),
    statedBy: t.citation.statedBy(speakers, sources),
    foreign,
    why: `${t.citation.mapMeasures(
      area.name[lang],
      claim.date,
      formatKm2(claim.measuredKm2, lang),
      claim.wholeKm2 === null ? null : formatKm2(claim.wholeKm2, lang),
    )} ${claim.note[lang]}`,
  };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
