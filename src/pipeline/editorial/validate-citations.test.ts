import { describe, expect, it } from 'vitest';
import type { Claim, Editorial } from './editorial-schema.ts';
import { quotesFileSchema } from './editorial-schema.ts';
import { formatZodPath } from './format-zod-path.ts';
import { validateCitations } from './validate-citations.ts';
import type { ValidationContext } from './validation-context.ts';

// Words split across a line, as in seed 001 ("between US President\nDonald Trump").
const seedText = `Talks on Tuesday
By Ann Writer
Zelensky stated on Tuesday, ahead of a summit with US President
Donald Trump, that Ukraine holds 30 percent, a senior official told Reuters.`;

const context: ValidationContext = {
  seeds: new Map([['a.txt', seedText]]),
  timeline: new Set(['2025-08-12']),
  places: new Map(),
  fileLabel: (name) => `data/${name}.json`,
  seedLabel: (seed) => `seeds/${seed}`,
};

const thirty: Claim = {
  id: 'thirty',
  quantity: 30,
  unit: 'percent',
  area: 'rest',
  shareOf: ['UA-14'],
  date: '2025-08-12',
  note: { en: 'Rounded.', uk: 'Округлено.' },
};

function editorial(): Editorial {
  return {
    parties: [],
    sources: [
      {
        id: 'a',
        seed: 'a.txt',
        title: 'Talks on Tuesday',
        publisher: null,
        author: 'Ann Writer',
        date: '2025-08-12',
        dateBasis: {
          kind: 'inferred',
          words: 'stated on Tuesday … ahead of a summit with US President Donald Trump',
        },
        language: 'en',
      },
    ],
    speakers: [{ id: 'official', name: { en: 'An official', uk: 'Посадовець' } }],
    claims: [thirty],
    quotes: [
      {
        id: 'holds-30',
        source: 'a',
        text: 'Ukraine holds 30 percent',
        attribution: 'reported',
        speaker: 'official',
        via: { outlet: { en: 'Reuters', uk: 'Reuters' }, words: 'told Reuters' },
        about: { areas: ['rest'] },
        claims: ['thirty'],
      },
    ],
    areas: [
      {
        id: 'rest',
        name: { en: 'Rest', uk: 'Решта' },
        expression: { difference: [{ units: ['UA-14'] }, { held: '2025-08-12' }] },
      },
    ],
    scenarios: [],
  };
}

const problemsWith = (change: (e: Editorial) => void) => {
  const e = editorial();
  change(e);
  return validateCitations(e, context);
};

describe('validateCitations', () => {
  it('finds nothing wrong when every citation is in the copy, across its line breaks', () => {
    expect(validateCitations(editorial(), context)).toEqual([]);
  });

  it('refuses a headline, byline or publisher the copy does not contain', () => {
    expect(
      problemsWith((e) => {
        e.sources[0]!.title = 'Talks on Monday';
        e.sources[0]!.author = 'Bill Pan';
        e.sources[0]!.publisher = { name: 'Reuters News' };
      }),
    ).toEqual([
      'data/sources.json: sources[0].title: "Talks on Monday" is not in seeds/a.txt as written',
      'data/sources.json: sources[0].author: "Bill Pan" is not in seeds/a.txt as written',
      'data/sources.json: sources[0].publisher.name: "Reuters News" is not in seeds/a.txt as written',
    ]);
  });

  it('accepts a publisher the copy does not name when the words it is inferred from are there', () => {
    expect(
      problemsWith(
        (e) => (e.sources[0]!.publisher = { name: 'Wire', inferredFrom: 'told Reuters' }),
      ),
    ).toEqual([]);
    expect(
      problemsWith(
        (e) => (e.sources[0]!.publisher = { name: 'Wire', inferredFrom: 'Wire latest' }),
      ),
    ).toEqual([
      'data/sources.json: sources[0].publisher.inferredFrom: "Wire latest" is not in seeds/a.txt as written',
    ]);
  });

  it('checks each part of the words a date is inferred from, and the words naming an outlet', () => {
    expect(
      problemsWith((e) => {
        e.sources[0]!.dateBasis.words = 'stated on Tuesday … ahead of a summit on Friday';
        e.quotes[0]!.via!.words = 'told AP';
      }),
    ).toEqual([
      'data/sources.json: sources[0].dateBasis.words: "ahead of a summit on Friday" is not in seeds/a.txt as written',
      'data/quotes.json: quotes[0].via.words: "told AP" is not in seeds/a.txt as written',
    ]);
  });

  it('refuses an unknown speaker and a speaker no quote has', () => {
    expect(problemsWith((e) => (e.quotes[0]!.speaker = 'zelensky'))).toEqual([
      'data/quotes.json: quotes[0].speaker: unknown speaker "zelensky"',
      'data/quotes.json: speakers[0]: speaker "official" is quoted nowhere',
    ]);
  });

  it('refuses the same figure declared twice, so each distinct figure is checked once', () => {
    expect(
      problemsWith((e) => {
        e.claims.push({ ...thirty, id: 'thirty-again' });
        e.quotes[0]!.claims = ['thirty', 'thirty-again'];
      }),
    ).toEqual([
      'data/quotes.json: claims[1]: states the same figure as claims[0] ("thirty"); expected every quote stating it to name that one',
    ]);
  });

  it('refuses a figure no quote states and a quote naming an unknown figure', () => {
    expect(problemsWith((e) => (e.quotes[0]!.claims = ['thirty-one']))).toEqual([
      'data/quotes.json: quotes[0].claims[0]: unknown claim "thirty-one"',
      'data/quotes.json: claims[0]: claim "thirty" is stated by no quote; expected a quote\'s "claims" to name it',
    ]);
  });

  it('refuses a percentage that does not say what it is a share of, or an undated figure', () => {
    expect(
      problemsWith((e) => {
        delete e.claims[0]!.shareOf;
        e.claims[0]!.date = '2025-08-13';
      }),
    ).toEqual([
      'data/quotes.json: claims[0].shareOf: a percentage needs the units it is a share of',
      'data/quotes.json: claims[0].date: 2025-08-13 is not a date the timeline has data for',
    ]);
  });
});

describe('the quotes file schema', () => {
  const firstProblem = (quote: object) => {
    const result = quotesFileSchema.safeParse({ quotes: [quote] });
    const issue = result.error!.issues[0]!;
    return `${formatZodPath(issue.path)}: ${issue.message}`;
  };
  const quote = { id: 'q', source: 's', text: 't', about: { scenarios: ['x'] } };

  it('asks for a speaker for direct and reported words', () => {
    expect(firstProblem({ ...quote, attribution: 'direct' })).toBe(
      'quotes[0].speaker: expected the id of whoever a direct quote is attributed to',
    );
  });

  it('refuses a speaker for the copy’s own words', () => {
    expect(firstProblem({ ...quote, attribution: 'narration', speaker: 'zelensky' })).toBe(
      'quotes[0].speaker: a quote in the copy’s own words ("narration") has no speaker; expected none',
    );
  });
});
