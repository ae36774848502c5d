import { expect, test, type Page } from '@playwright/test';
import { holdMapLibre, ready } from './page-watch.ts';

/**
 * What each of the five seed articles states of itself (seeds/README.md), in both languages, and
 * one quote of each as the scenario panel cites it. A part left out (no outlet, no byline) must not
 * be shown at all. The copy's own words (headline, the words a date or publisher is inferred from)
 * stay in English, marked as such, inside the Ukrainian citation.
 */
interface Expected {
  speaker: string;
  via?: string;
  title: string;
  publisher: string;
  author?: string;
  date: string;
}

// The panels' citations are the subject, not the map: the first view's SVG map stays.
test.beforeEach(({ page }) => holdMapLibre(page));

const cases: {
  seed: string;
  scenario: string;
  quote: string;
  en: Expected;
  uk: Expected;
}[] = [
  {
    seed: '000 (The Kyiv Independent, Tim Zadorozhnyy, 19 May 2025)',
    scenario: 'ukraine-no-withdrawal',
    quote: 'our-land',
    en: {
      speaker: 'Volodymyr Zelensky, President of Ukraine',
      title: "“Zelensky dismisses Putin's demand to withdraw troops from 4 Ukrainian regions”",
      publisher: 'The Kyiv Independent',
      author: 'by Tim Zadorozhnyy',
      date: '19 May 2025 (date stated: “President Volodymyr Zelensky said on May 19”)',
    },
    uk: {
      speaker: 'Володимир Зеленський, Президент України',
      title: "«Zelensky dismisses Putin's demand to withdraw troops from 4 Ukrainian regions»",
      publisher: 'The Kyiv Independent',
      author: 'автор: Tim Zadorozhnyy',
      date: '19 травня 2025\u00a0р. (дату вказано: «President Volodymyr Zelensky said on May 19»)',
    },
  },
  {
    seed: '001 (no publisher named, dateline KYIV, 12 Aug 2025 inferred)',
    scenario: 'anchorage-2025',
    quote: 'remaining-30-percent',
    en: {
      speaker: 'Volodymyr Zelensky, President of Ukraine (reported)',
      title:
        "“Ukrainian President Volodymyr Zelensky rejects Russia's ceasefire proposal that would require Ukraine to withdraw from parts of the Donetsk region.”",
      publisher: 'publisher not named in the copy',
      date: '12 August 2025 (date inferred from “stated on Tuesday … ahead of a summit scheduled for Friday between US President Donald Trump and Russian President Vladimir Putin”)',
    },
    uk: {
      speaker: 'Володимир Зеленський, Президент України (у переказі)',
      title:
        "«Ukrainian President Volodymyr Zelensky rejects Russia's ceasefire proposal that would require Ukraine to withdraw from parts of the Donetsk region.»",
      publisher: 'видання в тексті не назване',
      date: '12 серпня 2025\u00a0р. (дату встановлено зі слів «stated on Tuesday … ahead of a summit scheduled for Friday between US President Donald Trump and Russian President Vladimir Putin»)',
    },
  },
  {
    seed: '002 (no publisher named; a senior official told Reuters; 17 May 2025 stated)',
    scenario: 'istanbul-2025',
    quote: 'istanbul-full-withdrawal',
    en: {
      speaker: 'A senior Ukrainian official, not named (reported)',
      via: 'via Reuters',
      title:
        '“Russian negotiators reportedly demanded that Ukraine withdraw its troops from all Russian-claimed territories before agreeing to a ceasefire.”',
      publisher: 'publisher not named in the copy',
      date: '17 May 2025 (date stated: “date 2025-05-17”)',
    },
    uk: {
      speaker: 'Неназваний високопосадовець України (у переказі)',
      via: 'через Reuters',
      title:
        '«Russian negotiators reportedly demanded that Ukraine withdraw its troops from all Russian-claimed territories before agreeing to a ceasefire.»',
      publisher: 'видання в тексті не назване',
      date: '17 травня 2025\u00a0р. (дату вказано: «date 2025-05-17»)',
    },
  },
  {
    seed: '003 (no headline, byline Bill Pan, cites Ukrinform, 12 Aug 2025 inferred)',
    scenario: 'anchorage-2025',
    quote: 'donbas-bridgehead',
    en: {
      speaker: 'Volodymyr Zelensky, President of Ukraine',
      via: 'via Ukrinform',
      title: 'no headline in the copy',
      publisher: 'publisher not named in the copy',
      author: 'by Bill Pan',
      date: '12 August 2025 (date inferred from “told reporters in Kyiv on Tuesday … ahead of a Friday meeting between Putin and U.S. President Donald Trump in Anchorage, Alaska”)',
    },
    uk: {
      speaker: 'Володимир Зеленський, Президент України',
      via: 'через Укрінформ',
      title: 'у тексті немає заголовка',
      publisher: 'видання в тексті не назване',
      author: 'автор: Bill Pan',
      date: '12 серпня 2025\u00a0р. (дату встановлено зі слів «told reporters in Kyiv on Tuesday … ahead of a Friday meeting between Putin and U.S. President Donald Trump in Anchorage, Alaska»)',
    },
  },
  {
    seed: '004 (a copy of a Sky News report, 18 Dec 2024 inferred)',
    scenario: 'ukraine-nato-umbrella',
    quote: 'nato-umbrella',
    en: {
      speaker: 'Volodymyr Zelensky, President of Ukraine',
      via: 'via Sky News (interview, November 2024)',
      title:
        '“Volodymyr Zelenskyy admits Ukraine cannot remove Russian troops from occupied parts”',
      publisher:
        'Sky News (publisher inferred from “he gave similar remarks to Sky News … Ukraine war latest … In an interview with Sky News last month”)',
      date: '18 December 2024 (date inferred from “On Wednesday, he told French newspaper Le Parisien … US president-elect Donald Trump”)',
    },
    uk: {
      speaker: 'Володимир Зеленський, Президент України',
      via: 'через Sky News (інтерв’ю, листопад 2024)',
      title:
        '«Volodymyr Zelenskyy admits Ukraine cannot remove Russian troops from occupied parts»',
      publisher:
        'Sky News (видання встановлено зі слів «he gave similar remarks to Sky News … Ukraine war latest … In an interview with Sky News last month»)',
      date: '18 грудня 2024\u00a0р. (дату встановлено зі слів «On Wednesday, he told French newspaper Le Parisien … US president-elect Donald Trump»)',
    },
  },
];

const citeOf = (page: Page, quote: string) => page.locator(`#details [data-quote="${quote}"] cite`);

for (const { seed, scenario, quote, en, uk } of cases) {
  for (const [lang, expected] of [
    ['en', en],
    ['uk', uk],
  ] as const) {
    test(`seed ${seed} is cited as its copy states it (${lang})`, async ({ page }) => {
      await page.goto(`./?scenario=${scenario}&lang=${lang}`);
      await ready(page);
      const cite = citeOf(page, quote);
      for (const kind of ['speaker', 'via', 'title', 'publisher', 'author', 'date'] as const) {
        const part = cite.locator(`.cite-${kind}`);
        const text = expected[kind];
        if (text === undefined) await expect(part, kind).toHaveCount(0);
        else await expect(part, kind).toHaveText(text);
      }
      if (lang === 'uk') {
        // Nothing around the quote stays English but the copy's own words, marked as English.
        await expect(cite).not.toContainText(/\((via|reported)\b|President of|not named/);
        await expect(cite.locator('.cite-date [lang="en"]')).toHaveCount(1);
      } else {
        await expect(cite.locator('[lang]')).toHaveCount(0);
      }
    });
  }
}

test.describe('the claim checks', () => {
  test('set each quoted figure beside the mapped one under the quote that states it', async ({
    page,
  }) => {
    await page.goto('./?scenario=anchorage-2025');
    await ready(page);
    const rows = page.locator('#details [data-quote="roughly-30-percent"] .claims > li');
    // "roughly 30% of Donetsk province, or about 3,500 square miles": two figures, two rows.
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0).locator('.claim-figures')).toHaveText(
      /^quoted 30%; the map measures \d\d\.\d%$/,
    );
    await expect(rows.nth(1).locator('.claim-figures')).toHaveText(
      /^quoted 3,500\ssq mi; the map measures [\d,]+\ssq mi$/,
    );
    // Each row names every source that states the figure, and what the map measures.
    await expect(rows.nth(0).locator('.claim-stated-by')).toContainText('Bill Pan, 12 August 2025');
    await expect(rows.nth(0).locator('.claim-stated-by')).toContainText(
      '“Ukrainian President Volodymyr Zelensky rejects',
    );
    await expect(rows.nth(0).locator('.claim-why')).toContainText(
      'on DeepStateMap.live’s map of 12 August 2025, within Natural Earth’s 1:10m boundaries',
    );
  });

  test('list each distinct quoted figure once in a region panel, in the reader’s language', async ({
    page,
  }) => {
    await page.goto('./?scenario=anchorage-2025&region=UA-14&lang=uk');
    await ready(page);
    const rows = page.locator('#details > .claims > li');
    // 30% and 3,500 sq mi are each stated twice, 9,000 km² once: three figures, three rows.
    await expect(rows).toHaveCount(3);
    await expect(rows.locator('.claim-figures')).toHaveText([
      /^у джерелі 30%; на мапі \d\d,\d%$/,
      /^у джерелі 9\s000\sкм²; на мапі \d\s\d{3}\sкм²$/,
      /^у джерелі 3\s500\sкв\. миль; на мапі \d\s\d{3}\sкв\. миль$/,
    ]);
    await expect(rows.first().locator('.claim-why')).toContainText('Мапа вимірює');
    // A headline named among the sources is the copy's own English, marked so; no sentence ends twice.
    const headline = rows.locator('.claim-stated-by span[lang="en"]').first();
    await expect(headline).toContainText(/^Ukrainian President Volodymyr Zelensky/);
    for (const statedBy of await rows.locator('.claim-stated-by').allTextContents())
      expect(statedBy).not.toMatch(/\.\.$/);
  });
});
