import { describe, expect, it } from 'vitest';
import {
  citationText,
  quoteCitation,
  sourceCitation,
  sourceLabel,
  sourceName,
} from './citation.ts';
import { fixtureEditorial } from './editorial-fixture.ts';
import type { Source } from './editorial-data.ts';
import { quoteById } from './scenario-view.ts';

const quote = (id: string) => quoteById(fixtureEditorial, id);
const paper = fixtureEditorial.sources[0]!;
const wireCopy = fixtureEditorial.sources[1]!;

describe('quoteCitation', () => {
  it('names the speaker with their role, then the headline, publisher and stated date', () => {
    expect(citationText(quoteCitation(quote('names-east'), fixtureEditorial, 'en'))).toBe(
      'Leader, President · “Talks” · The Paper · 17 May 2025 (date stated: “on Saturday”)',
    );
  });

  it('marks reported words, names the outlet they come through, and says what the copy leaves out', () => {
    expect(citationText(quoteCitation(quote('about-rest'), fixtureEditorial, 'en'))).toBe(
      'An official (reported) · via the Wire · no headline in the copy · ' +
        'publisher not named in the copy · ' +
        '17 May 2025 (date inferred from “on Saturday … a day after the talks”)',
    );
  });

  it('says so when the words are the article’s own', () => {
    const [speaker] = quoteCitation(quote('general'), fixtureEditorial, 'en');
    expect(speaker).toEqual({ kind: 'speaker', pieces: [{ text: 'The article’s own words' }] });
  });

  it('puts everything around the quote in Ukrainian for a Ukrainian reader', () => {
    expect(citationText(quoteCitation(quote('about-rest'), fixtureEditorial, 'uk'))).toBe(
      'An official (uk) (у переказі) · через Ваєр · у тексті немає заголовка · ' +
        'видання в тексті не назване · ' +
        '17 травня 2025\u00a0р. (дату встановлено зі слів «on Saturday … a day after the talks»)',
    );
  });

  it('keeps the copy’s own words in the copy’s language, marked as such', () => {
    const date = sourceCitation(wireCopy, 'uk').find((p) => p.kind === 'date')!;
    expect(date.pieces).toContainEqual({ text: 'on Saturday … a day after the talks', lang: 'en' });
  });

  it('gives the occasion of words said earlier than the source’s date', () => {
    const earlier = {
      ...quote('names-east'),
      occasion: { en: 'interview, November 2024', uk: 'інтерв’ю, листопад 2024' },
    };
    expect(citationText(quoteCitation(earlier, fixtureEditorial, 'uk'))).toMatch(
      /^Leader \(uk\), President \(uk\) \(інтерв’ю, листопад 2024\) · /,
    );
  });
});

describe('sourceCitation', () => {
  it('names an inferred publisher with the words it is inferred from, and the author', () => {
    const copy: Source = {
      ...wireCopy,
      publisher: { name: 'Sky News', inferredFrom: 'Ukraine war latest' },
      author: 'Ann Writer',
    };
    expect(citationText(sourceCitation(copy, 'en'))).toBe(
      'no headline in the copy · Sky News (publisher inferred from “Ukraine war latest”) · ' +
        'by Ann Writer · 17 May 2025 (date inferred from “on Saturday … a day after the talks”)',
    );
  });
});

describe('sourceLabel and sourceName', () => {
  it('name a source by its publisher, else its author, else its headline, else say it names none', () => {
    const long = 'A very long headline that goes on and on well past what fits in a list';
    expect(sourceLabel(paper, 'en')).toBe('The Paper');
    expect(sourceLabel({ ...wireCopy, author: 'Ann Writer' }, 'en')).toBe('Ann Writer');
    expect(sourceLabel({ ...wireCopy, title: long }, 'en')).toBe(
      '“A very long headline that goes on and on well past what…”',
    );
    expect(sourceLabel(wireCopy, 'uk')).toBe('видання в тексті не назване');
    expect(sourceName(paper, 'en')).toBe('The Paper: Talks');
    expect(sourceName({ ...wireCopy, title: 'Talks' }, 'en')).toBe('Talks');
  });
});
