import { UNIT_CODES } from '../boundaries/unit-codes.ts';
import type { Claim, Editorial } from './editorial-schema.ts';
import type { ValidationContext } from './validation-context.ts';

/**
 * Checks how the editorial model cites its sources, beyond the schema: that every headline, byline
 * and publisher is in the copy as written and every date or outlet basis quotes the copy's own
 * words; that speakers and stated figures are declared once, used, and resolve; and that no
 * figure is declared twice, so each distinct quoted figure is checked against the map once.
 * Returns one line per problem, naming the file and path.
 */
export function validateCitations(editorial: Editorial, context: ValidationContext): string[] {
  const problems: string[] = [];
  const check: Check = {
    context,
    report: (file, path, problem) =>
      problems.push(`${context.fileLabel(file)}: ${path}: ${problem}`),
    inSeed: (file, path, seed, words) => {
      const text = seed === undefined ? undefined : context.seeds.get(seed);
      if (text === undefined) return;
      const copy = squeeze(text);
      for (const part of words.split('…').map(squeeze).filter(Boolean)) {
        if (!copy.includes(part))
          check.report(file, path, `"${part}" is not in ${context.seedLabel(seed!)} as written`);
      }
    },
  };
  checkSourceWords(editorial, check);
  const stated = checkQuoteCitations(editorial, check);
  checkClaims(editorial, check, stated);
  return problems;
}

interface Check {
  context: ValidationContext;
  report: (file: 'sources' | 'quotes', path: string, problem: string) => void;
  /** Reports each part of `words` (split at "…") that the seed does not contain. */
  inSeed: (
    file: 'sources' | 'quotes',
    path: string,
    seed: string | undefined,
    words: string,
  ) => void;
}

/** Headline, byline, publisher and the words a date or publisher is inferred from, in the copy. */
function checkSourceWords(editorial: Editorial, { inSeed }: Check) {
  editorial.sources.forEach((source, i) => {
    const path = `sources[${i}]`;
    if (source.title !== null) inSeed('sources', `${path}.title`, source.seed, source.title);
    if (source.author !== null) inSeed('sources', `${path}.author`, source.seed, source.author);
    if (source.publisher?.inferredFrom !== undefined)
      inSeed(
        'sources',
        `${path}.publisher.inferredFrom`,
        source.seed,
        source.publisher.inferredFrom,
      );
    else if (source.publisher)
      inSeed('sources', `${path}.publisher.name`, source.seed, source.publisher.name);
    inSeed('sources', `${path}.dateBasis.words`, source.seed, source.dateBasis.words);
  });
}

/**
 * Each quote's speaker, outlet words and stated figures resolve, and every speaker is quoted.
 * Returns the ids of the figures some quote states.
 */
function checkQuoteCitations(editorial: Editorial, { report, inSeed }: Check): Set<string> {
  const quotesFile = (path: string, problem: string) => report('quotes', path, problem);
  const speakers = uniqueIds(editorial.speakers, 'speakers', quotesFile);
  const claims = uniqueIds(editorial.claims, 'claims', quotesFile);
  const seedOfSource = new Map(editorial.sources.map((s) => [s.id, s.seed]));
  const spoken = new Set<string>();
  const stated = new Set<string>();
  editorial.quotes.forEach((quote, i) => {
    const path = `quotes[${i}]`;
    if (quote.speaker !== undefined) {
      spoken.add(quote.speaker);
      if (!speakers.has(quote.speaker))
        quotesFile(`${path}.speaker`, `unknown speaker "${quote.speaker}"`);
    }
    if (quote.via)
      inSeed('quotes', `${path}.via.words`, seedOfSource.get(quote.source), quote.via.words);
    quote.claims?.forEach((id, j) => {
      stated.add(id);
      if (!claims.has(id)) quotesFile(`${path}.claims[${j}]`, `unknown claim "${id}"`);
    });
  });
  editorial.speakers.forEach((speaker, i) => {
    if (!spoken.has(speaker.id))
      quotesFile(`speakers[${i}]`, `speaker "${speaker.id}" is quoted nowhere`);
  });
  return stated;
}

/** Each declared figure is stated, resolves, is on the timeline, and is declared only once. */
function checkClaims(editorial: Editorial, { context, report }: Check, stated: Set<string>) {
  const areas = new Set(editorial.areas.map((a) => a.id));
  const units = new Set<string>(UNIT_CODES);
  const firstOfFigure = new Map<string, number>();
  editorial.claims.forEach((claim, i) => {
    const path = `claims[${i}]`;
    if (!stated.has(claim.id))
      report(
        'quotes',
        path,
        `claim "${claim.id}" is stated by no quote; expected a quote's "claims" to name it`,
      );
    if (!areas.has(claim.area)) report('quotes', `${path}.area`, `unknown area "${claim.area}"`);
    claim.shareOf?.forEach((u, k) => {
      if (!units.has(u)) report('quotes', `${path}.shareOf[${k}]`, `unknown unit "${u}"`);
    });
    if (claim.unit === 'percent' && !claim.shareOf)
      report('quotes', `${path}.shareOf`, 'a percentage needs the units it is a share of');
    if (!context.timeline.has(claim.date))
      report('quotes', `${path}.date`, `${claim.date} is not a date the timeline has data for`);
    const figure = figureKey(claim);
    const earlier = firstOfFigure.get(figure);
    if (earlier === undefined) firstOfFigure.set(figure, i);
    else
      report(
        'quotes',
        path,
        `states the same figure as claims[${earlier}] ("${editorial.claims[earlier]!.id}"); expected every quote stating it to name that one`,
      );
  });
}

/** Whitespace as one space, so words copied across a line break in the seed still match. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What makes two declared figures the same: the number, its unit, and what it measures when. */
function figureKey(claim: Claim): string {
  return JSON.stringify([claim.quantity, claim.unit, claim.area, claim.date, claim.shareOf ?? []]);
}

function uniqueIds(
  items: readonly { id: string }[],
  key: string,
  report: (path: string, problem: string) => void,
): Set<string> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else report(`${key}[${i}].id`, `"${item.id}" is already used by ${key}[${earlier}]`);
  });
  return new Set(first.keys());
}
