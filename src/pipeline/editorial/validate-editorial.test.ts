import { describe, expect, it } from 'vitest';
import type { Editorial } from './editorial-schema.ts';
import { validateEditorial } from './validate-editorial.ts';
import type { ValidationContext } from './validation-context.ts';

const seedText =
  'T. Zelensky said on May 19: “It’s our land, we won’t withdraw our troops from our territory.” P' +
  ' Troops are advancing towards Krasnoarmiisk.';

const context: ValidationContext = {
  seeds: new Map([['000_a.txt', seedText]]),
  timeline: new Set(['2025-05-16', '2025-05-19']),
  places: new Map([['pokrovsk', ['Pokrovsk', 'Покровськ', 'Krasnoarmiisk']]]),
  fileLabel: (name) => `data/${name}.json`,
  seedLabel: (seed) => `seeds/${seed}`,
};

function editorial(): Editorial {
  return {
    parties: [{ id: 'ukraine', name: { en: 'Ukraine', uk: 'Україна' } }],
    sources: [
      {
        id: 'ki',
        seed: '000_a.txt',
        title: 'T',
        publisher: { name: 'P' },
        author: null,
        date: '2025-05-19',
        dateBasis: { kind: 'stated', words: 'on May 19' },
        language: 'en',
      },
    ],
    speakers: [{ id: 'zelensky', name: { en: 'Volodymyr Zelensky', uk: 'Володимир Зеленський' } }],
    claims: [],
    quotes: [
      {
        id: 'our-land',
        source: 'ki',
        text: 'It’s our land, we won’t withdraw our troops',
        attribution: 'direct',
        speaker: 'zelensky',
        party: 'ukraine',
        about: { units: ['UA-14'], scenarios: ['no-withdrawal'] },
      },
    ],
    areas: [
      {
        id: 'donetsk-rest',
        name: { en: 'Rest of Donetsk', uk: 'Решта Донеччини' },
        expression: { difference: [{ units: ['UA-14'] }, { held: '2025-05-16' }] },
      },
    ],
    scenarios: [
      {
        id: 'no-withdrawal',
        party: 'ukraine',
        title: { en: 'No withdrawal', uk: 'Без виведення' },
        summary: { en: 'S', uk: 'S' },
        date: '2025-05-19',
        layers: [{ area: 'donetsk-rest', role: 'held' }],
        quotes: ['our-land'],
      },
    ],
  };
}

const problemsWith = (change: (e: Editorial) => void) => {
  const e = editorial();
  change(e);
  return validateEditorial(e, context);
};

describe('validateEditorial', () => {
  it('finds nothing wrong with a sound model', () => {
    expect(validateEditorial(editorial(), context)).toEqual([]);
  });

  it('takes a quote about a place it names by any of its names', () => {
    expect(
      problemsWith((e) =>
        e.quotes.push({
          id: 'advance',
          source: 'ki',
          text: 'Troops are advancing towards Krasnoarmiisk.',
          attribution: 'narration',
          about: { places: ['pokrovsk'] },
        }),
      ),
    ).toEqual([]);
  });

  it('refuses a quote about a place the gazetteer does not have, or one it does not name', () => {
    expect(problemsWith((e) => (e.quotes[0]!.about.places = ['pokrovks', 'pokrovsk']))).toEqual([
      'data/quotes.json: quotes[0].about.places[0]: unknown place "pokrovks"',
      'data/quotes.json: quotes[0].about.places[1]: quote "our-land" does not name "pokrovsk"; ' +
        'expected one of "Pokrovsk", "Покровськ", "Krasnoarmiisk" in its text',
    ]);
  });

  it('refuses a quote with one word changed, naming the file, the quote and the seed', () => {
    expect(
      problemsWith((e) => (e.quotes[0]!.text = 'It’s our land, we will withdraw our troops')),
    ).toEqual([
      'data/quotes.json: quotes[0].text: quote "our-land" is not word for word in seeds/000_a.txt ' +
        '(it matches up to "…It’s our land, we w", then differs)',
    ]);
  });

  it('refuses a quote whose typographic apostrophe became a straight one', () => {
    expect(problemsWith((e) => (e.quotes[0]!.text = "It's our land"))).toEqual([
      'data/quotes.json: quotes[0].text: quote "our-land" is not word for word in seeds/000_a.txt',
    ]);
  });

  it('refuses an unknown id in any reference', () => {
    expect(problemsWith((e) => (e.scenarios[0]!.layers[0]!.area = 'donetsk-remainder'))).toEqual([
      'data/scenarios.json: scenarios[0].layers[0].area: unknown area "donetsk-remainder"',
    ]);
    expect(problemsWith((e) => (e.quotes[0]!.source = 'reuters'))).toEqual([
      'data/quotes.json: quotes[0].source: unknown source "reuters"',
      'data/sources.json: sources[0]: source "ki" is cited by no quote that a scenario shows',
    ]);
  });

  it('refuses an id used twice', () => {
    expect(problemsWith((e) => e.areas.push({ ...e.areas[0]! }))).toEqual([
      'data/areas.json: areas[1].id: "donetsk-rest" is already used by areas[0]',
    ]);
  });

  it('refuses a date the timeline has no data for', () => {
    expect(
      problemsWith(
        (e) =>
          (e.areas[0]!.expression = { difference: [{ units: ['UA-14'] }, { held: '2025-05-17' }] }),
      ),
    ).toEqual([
      'data/areas.json: areas[0].expression.difference[1].held: 2025-05-17 is not a date the timeline has data for',
    ]);
  });

  it('refuses an area whose name gives another day than its expression, or the day in another form', () => {
    const named = (en: string, uk: string) => problemsWith((e) => (e.areas[0]!.name = { en, uk }));
    expect(
      named('Rest of Donetsk (16 May 2025)', 'Решта Донеччини (16 трав. 2025\u00a0р.)'),
    ).toEqual([]);
    expect(named('Rest of Donetsk (19 May 2025)', 'Решта Донеччини (16.05.2025)')).toEqual([
      'data/areas.json: areas[0].name.en: gives the date "19 May 2025"; expected "16 May 2025" (its expression\'s day, as the legend writes a date)',
      'data/areas.json: areas[0].name.uk: gives the date "16.05.2025"; expected "16 трав. 2025\\u00a0р." (its expression\'s day, as the legend writes a date)',
    ]);
    const undated = problemsWith((e) => {
      e.areas[0]!.name.en = 'Donetsk oblast (16 May 2025)';
      e.areas[0]!.expression = { units: ['UA-14'] };
    });
    expect(undated).toEqual([
      'data/areas.json: areas[0].name.en: gives the date "16 May 2025", but its expression holds no day',
    ]);
    // A date in brackets elsewhere than at the name's end is the name's own words.
    expect(named('Rest of Donetsk (since 2014) as drawn', 'Решта Донеччини')).toEqual([]);
  });

  it('refuses a unit that is not one of Ukraine’s 27', () => {
    expect(problemsWith((e) => (e.areas[0]!.expression = { units: ['UA-99'] }))).toEqual([
      'data/areas.json: areas[0].expression.units[0]: unknown unit "UA-99"',
    ]);
  });

  it('refuses an area that refers to itself', () => {
    expect(
      problemsWith(
        (e) =>
          (e.areas[0]!.expression = { union: [{ units: ['UA-14'] }, { area: 'donetsk-rest' }] }),
      ),
    ).toEqual([
      'data/areas.json: areas[0].expression: refers to itself: donetsk-rest → donetsk-rest',
    ]);
  });

  it('refuses a scenario that cites nothing', () => {
    expect(problemsWith((e) => (e.scenarios[0]!.quotes = []))).toEqual([
      'data/scenarios.json: scenarios[0].quotes: scenario "no-withdrawal" cites nothing',
      'data/sources.json: sources[0]: source "ki" is cited by no quote that a scenario shows',
    ]);
  });

  it('accepts the timeline scenario, which draws the control layer and cites its source', () => {
    const timeline = {
      id: 'held-on-date',
      timeline: true as const,
      title: { en: 'T', uk: 'Т' },
      summary: { en: 'S', uk: 'С' },
      layers: [],
      quotes: [],
    };
    expect(problemsWith((e) => e.scenarios.push(timeline))).toEqual([]);
    expect(problemsWith((e) => e.scenarios.push({ ...timeline, date: '2025-05-19' }))).toEqual([
      'data/scenarios.json: scenarios[1].date: the timeline scenario follows the chosen date; expected none',
    ]);
  });
});
