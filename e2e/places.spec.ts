import { expect, test, type Page } from '@playwright/test';
import { interactive, watchPage } from './page-watch.ts';
import { drawnNames } from './map-labels.ts';

/**
 * The readiness flag, waited for longer than page-watch's `ready`: a place's view is zoomed in, and
 * on a loaded machine software GL takes its time over the detail.
 */
const ready = (page: Page) =>
  expect(page.locator('html')).toHaveAttribute('data-map-state', 'ready', { timeout: 90_000 });

/** The towns issue 16 names, each with the spellings a reader may type: English, Ukrainian, variants. */
const NAMED: [id: string, spellings: string[]][] = [
  ['pokrovsk', ['Pokrovsk', 'Покровськ', "Pokrovs'k"]],
  ['myrnohrad', ['Myrnohrad', 'Мирноград', 'Dymytrov']],
  ['kramatorsk', ['Kramatorsk', 'Краматорськ', "Kramators'k"]],
  ['sloviansk', ['Sloviansk', 'Слов’янськ', 'Slavyansk']],
  ['kostiantynivka', ['Kostiantynivka', 'Костянтинівка', 'Konstantinovka']],
  ['druzhkivka', ['Druzhkivka', 'Дружківка']],
  ['siversk', ['Siversk', 'Сіверськ', "Sivers'k"]],
  ['chasiv-yar', ['Chasiv Yar', 'Часів Яр']],
  ['bakhmut', ['Bakhmut', 'Бахмут', 'Artemivsk']],
  ['toretsk', ['Toretsk', 'Торецьк', 'Dzerzhynsk']],
  ['kurakhove', ['Kurakhove', 'Курахове']],
  ['vuhledar', ['Vuhledar', 'Вугледар', 'Ugledar']],
  ['avdiivka', ['Avdiivka', 'Авдіївка', 'Avdeevka']],
  ['huliaipole', ['Huliaipole', 'Гуляйполе', 'Gulyaipole']],
  ['orikhiv', ['Orikhiv', 'Оріхів', 'Orekhov']],
  ['kupiansk', ['Kupiansk', 'Куп’янськ', 'Kupyansk']],
  ['vovchansk', ['Vovchansk', 'Вовчанськ', 'Volchansk']],
  ['lyman', ['Lyman', 'Лиман']],
  ['mariupol', ['Mariupol', 'Маріуполь']],
  ['melitopol', ['Melitopol', 'Мелітополь']],
  ['berdiansk', ['Berdiansk', 'Бердянськ', 'Berdyansk']],
  ['enerhodar', ['Enerhodar', 'Енергодар', 'Energodar']],
  ['nova-kakhovka', ['Nova Kakhovka', 'Нова Каховка']],
  ['kherson', ['Kherson', 'Херсон']],
  ['zaporizhzhia', ['Zaporizhzhia', 'Запоріжжя', 'Zaporozhye']],
  ['kyiv', ['Kyiv', 'Київ', 'Kiev']],
];

const field = (page: Page) => page.getByRole('combobox', { name: 'Find a place' });

/** Types a spelling and returns the first option's name once the list shows it. */
async function firstOption(page: Page, spelling: string) {
  await field(page).fill(spelling);
  const option = page.getByRole('listbox').getByRole('option').first();
  await expect(option).toBeVisible();
  return option;
}

test.describe('places', () => {
  test.describe.configure({ timeout: 240_000 });

  test(
    'search finds every town the issue names by its English, Ukrainian and variant spellings',
    { tag: '@any-screen' },
    async ({ page }) => {
      await page.goto('./');
      await ready(page);
      const names = await page.evaluate(async () => {
        const manifest = await (await fetch('data/manifest.json')).json();
        const data = await (await fetch(`data/${manifest.places.file}`)).json();
        return Object.fromEntries(
          (data.places as { id: string; name: { en: string } }[]).map((p) => [p.id, p.name.en]),
        );
      });
      for (const [id, spellings] of NAMED) {
        for (const spelling of spellings) {
          const option = await firstOption(page, spelling);
          await expect(option, `"${spelling}" finds ${id}`).toContainText(names[id]!);
        }
      }
    },
  );

  test(
    'choosing a place from the keyboard opens its panel, and the URL, reload and back keep it',
    { tag: '@any-screen' },
    async ({ page, baseURL }) => {
      const watch = watchPage(page, baseURL!);
      await page.goto('./');
      await ready(page);
      await field(page).focus();
      await page.keyboard.type('pokrovs’k');
      await expect(field(page)).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('ArrowDown');
      await expect(field(page)).toHaveAttribute('aria-activedescendant', 'place-option-0');
      await page.keyboard.press('Enter');
      await ready(page);
      await expect(page.locator('#details h2')).toHaveText('Pokrovsk');
      expect(new URL(page.url()).searchParams.get('place')).toBe('pokrovsk');
      // The daily series has it inside the line from a date on, and says whose line that is.
      await expect(page.locator('#details .place-history')).toContainText(
        /Inside the line of Russian-held territory since \d{1,2} \w+ 20\d\d \(DeepStateMap\.live\)/,
      );
      await expect(page.locator('#details .place-status')).toHaveAttribute('data-status', 'inside');
      // The sentences of the sources that name it, each with its citation, under the day they
      // were published: they are not today's news.
      await expect(page.locator('#details h3').filter({ hasText: /sources said/ })).toHaveText(
        'What the sources said on 12 August 2025',
      );
      await expect(page.locator('#details blockquote')).toHaveText([
        'Meanwhile, Russian forces are reportedly advancing towards the city of Pokrovsk in the Donetsk region.',
        'Should Pokrovsk fall into Russian hands, it would mark an important victory for them and further jeopardize Ukrainian supply lines in the region.',
      ]);
      await expect(page.locator('#details figure.quote cite')).toHaveCount(2);

      await page.reload();
      await ready(page);
      await expect(page.locator('#details h2')).toHaveText('Pokrovsk');

      await field(page).fill('Kramatorsk');
      await page.keyboard.press('Enter');
      await ready(page);
      await expect(page.locator('#details h2')).toHaveText('Kramatorsk');
      await page.goBack();
      await ready(page);
      await expect(page.locator('#details h2')).toHaveText('Pokrovsk');
      await page.goForward();
      await ready(page);
      await expect(page.locator('#details h2')).toHaveText('Kramatorsk');
      watch.check();
    },
  );

  test('a link to a place opens on its panel beside the map; on a phone the map stays in view', async ({
    page,
  }) => {
    await page.goto('./?place=pokrovsk');
    await ready(page);
    const heading = page.locator('#details h2');
    await expect(heading).toHaveText('Pokrovsk');
    const viewport = page.viewportSize()!;
    if (viewport.width > 760) {
      // The side panel has scrolled to it: its heading and first lines are on the screen.
      await expect(heading).toBeInViewport();
      await expect(page.locator('#details .place-status')).toBeInViewport();
    } else {
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expect(page.locator('#map')).toBeInViewport({ ratio: 0.9 });
      // The panel a screen further down, the place is said at the map, with the way down.
      const callout = page.locator('.region-callout');
      await expect(callout).toBeInViewport();
      await expect(callout).toContainText('Pokrovsk: Inside the line');
    }
  });

  test('a place chosen in the search on a phone is said at the map, which stays in view', async ({
    page,
  }) => {
    test.skip(page.viewportSize()!.width > 760, 'a desktop scrolls its side panel to the place');
    await page.goto('./');
    await ready(page);
    await field(page).fill('Pokrovsk');
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('Pokrovsk');
    await page.keyboard.press('Enter');
    await ready(page);
    await expect(page.locator('#map')).toBeInViewport({ ratio: 0.9 });
    const open = page.getByRole('button', { name: 'Details and sources' });
    await expect(open).toBeFocused();
    await expect(page.locator('.region-callout')).toContainText('Pokrovsk: Inside the line');
    // The way down: the panel opens on the place, its heading focused.
    await open.click();
    await expect(page.locator('#details h2')).toBeFocused();
    await expect(page.locator('#details h2')).toHaveText('Pokrovsk');
  });

  test(
    'Kramatorsk is outside the line on the latest date',
    { tag: '@any-screen' },
    async ({ page }) => {
      await page.goto('./?place=kramatorsk');
      await ready(page);
      const status = page.locator('#details .place-status');
      await expect(status).toHaveAttribute('data-status', 'outside');
      await expect(status).toContainText(
        'Outside the line of Russian-held territory on 22 August 2026',
      );
    },
  );

  test(
    'Escape closes the list, then clears the field; oblasts are places too',
    { tag: '@any-screen' },
    async ({ page }) => {
      await page.goto('./');
      await ready(page);
      await field(page).fill('Запорізька');
      await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(
        'Zaporizhzhia',
      );
      await page.keyboard.press('Escape');
      await expect(field(page)).toHaveAttribute('aria-expanded', 'false');
      await page.keyboard.press('Escape');
      await expect(field(page)).toHaveValue('');
      await field(page).fill('Donetsk');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await ready(page);
      expect(new URL(page.url()).searchParams.get('region')).toBe('UA-14');
    },
  );

  test('the map names oblasts at first sight, and the towns around the chosen one zoomed in', async ({
    page,
    baseURL,
  }) => {
    const watch = watchPage(page, baseURL!);
    await page.goto('./?scenario=anchorage-2025');
    await interactive(page);
    // Drawn by MapLibre into the canvas, as set (in capitals); the map lists what it placed
    // (src/map/rendered-labels.ts).
    await expect
      .poll(() => drawnNames(page, 'unit-names'))
      .toEqual(expect.arrayContaining(['DONETSK', 'LUHANSK', 'ZAPORIZHZHIA', 'CRIMEA']));
    await page.goto('./?place=kostiantynivka&lang=uk');
    await interactive(page);
    await expect.poll(() => drawnNames(page, 'selected-place')).toEqual(['Костянтинівка']);
    await expect
      .poll(() => drawnNames(page, 'place-names'))
      .toEqual(expect.arrayContaining(['Покровськ', 'Краматорськ', 'Слов’янськ']));
    watch.check();
  });

  test('an embed at an article’s width names the oblasts', async ({ browser, baseURL }) => {
    const page = await browser.newPage({ viewport: { width: 700, height: 520 }, baseURL });
    const watch = watchPage(page, baseURL!);
    await page.goto('./?embed=1&scenario=anchorage-2025');
    await interactive(page);
    await expect
      .poll(() => drawnNames(page, 'unit-names'))
      .toEqual(
        expect.arrayContaining([
          'DONETSK',
          'LUHANSK',
          'KHARKIV',
          'ZAPORIZHZHIA',
          'KHERSON',
          'CRIMEA',
        ]),
      );
    watch.check();
    await page.close();
  });

  test(
    'a phone embed names the oblasts of the south the talks are about, each name over its own oblast',
    { tag: '@any-screen' },
    async ({ browser, baseURL }) => {
      for (const [width, lang, south] of [
        [390, 'en', ['DONETSK', 'LUHANSK', 'ZAPORIZHZHIA', 'KHERSON', 'CRIMEA', 'DNIPROPETROVSK']],
        [
          390,
          'uk',
          ['ДОНЕЦЬКА', 'ЛУГАНСЬКА', 'ЗАПОРІЗЬКА', 'ХЕРСОНСЬКА', 'КРИМ', 'ДНІПРОПЕТРОВСЬКА'],
        ],
        [320, 'en', ['DONETSK', 'LUHANSK', 'ZAPORIZHZHIA', 'KHERSON', 'CRIMEA', 'DNIPROPETROVSK']],
        // ДНІПРОПЕТРОВСЬКА gives way to Покровськ, the town the sources name, which has no side
        // free otherwise (the test below).
        [320, 'uk', ['ДОНЕЦЬКА', 'ЛУГАНСЬКА', 'ЗАПОРІЗЬКА', 'ХЕРСОНСЬКА', 'КРИМ']],
      ] as const) {
        const page = await browser.newPage({ viewport: { width, height: 844 }, baseURL });
        await page.route(/\/assets\/maplibre-/, () => {});
        await page.goto(`./?embed=1&scenario=istanbul-2025&lang=${lang}`);
        await ready(page);
        // On a phone the south's names crowd each other: a name whose point a neighbour's took
        // moves up or down within its oblast, or goes to another point deep inside it
        // (src/map/label-layout.ts), never beside it.
        const names = page.locator('svg.svg-map .svg-labels text[data-id^="UA-"]');
        expect(await names.allTextContents(), `${width} px, ${lang}`).toEqual(
          expect.arrayContaining([...south]),
        );
        const outside = await names.evaluateAll((texts) =>
          texts.flatMap((text) => {
            const box = (text as SVGTextElement).getBBox();
            const unit = document.querySelector(
              `svg.svg-map .svg-units [data-iso="${(text as SVGElement).dataset.id}"]`,
            ) as SVGGeometryElement | null;
            const centre = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2);
            return unit?.isPointInFill(centre) ? [] : [text.textContent];
          }),
        );
        expect(outside, `${width} px, ${lang}: names not over their own oblast`).toEqual([]);
        await page.close();
      }
    },
  );

  test(
    'every first view names Donetsk oblast and Pokrovsk, the town the sources name, in both languages, and MapLibre keeps both',
    { tag: '@any-screen' },
    async ({ browser, baseURL }) => {
      const desktop = { width: 1280, height: 800 };
      const article = { width: 700, height: 520 };
      const phone = { width: 390, height: 844 };
      const narrowest = { width: 320, height: 640 };
      for (const [viewport, address, oblast, town] of [
        [desktop, './', 'DONETSK', 'Pokrovsk'],
        [desktop, './?lang=uk', 'ДОНЕЦЬКА', 'Покровськ'],
        [article, './?embed=1', 'DONETSK', 'Pokrovsk'],
        [phone, './?embed=1&lang=uk', 'ДОНЕЦЬКА', 'Покровськ'],
        [phone, './', 'DONETSK', 'Pokrovsk'],
        // The narrowest phone, where every side of Покровськ is another oblast's name: one of
        // them moves or gives way (src/map/label-layout.ts, makeRoom), never ДОНЕЦЬКА.
        [narrowest, './?embed=1&lang=uk', 'ДОНЕЦЬКА', 'Покровськ'],
        [narrowest, './?embed=1&lang=uk&scenario=istanbul-2025', 'ДОНЕЦЬКА', 'Покровськ'],
        [narrowest, './?embed=1&scenario=anchorage-2025', 'DONETSK', 'Pokrovsk'],
      ] as const) {
        const page = await browser.newPage({ viewport, baseURL });
        // MapLibre held back: the first view stays the SVG map's, as a reader sees it first.
        await page.route(/\/assets\/maplibre-/, () => {});
        await page.goto(address);
        await ready(page);
        const labels = page.locator('svg.svg-map .svg-labels text');
        const view = `${viewport.width} px, ${address}`;
        await expect(labels.filter({ hasText: new RegExp(`^${oblast}$`) }), view).toHaveCount(1);
        await expect(labels.filter({ hasText: new RegExp(`^${town}$`) }), view).toHaveCount(1);
        await page.close();
      }
      // The capital on the narrowest phone: in English KYIV OBLAST moves below its point to make
      // room; in Ukrainian КИЇВСЬКА has nowhere to go and gives way to Київ.
      for (const [lang, names] of [
        ['en', ['Kyiv', 'KYIV OBLAST', 'DONETSK', 'Pokrovsk']],
        ['uk', ['Київ', 'ДОНЕЦЬКА', 'Покровськ']],
      ] as const) {
        const narrow = await browser.newPage({ viewport: narrowest, baseURL });
        await narrow.route(/\/assets\/maplibre-/, () => {});
        await narrow.goto(`./?embed=1&lang=${lang}`);
        await ready(narrow);
        const drawn = await narrow.locator('svg.svg-map .svg-labels text').allTextContents();
        expect(drawn, `320 px, ${lang}`).toEqual(expect.arrayContaining([...names]));
        await narrow.close();
      }
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, baseURL });
      await page.goto('./');
      await interactive(page);
      await expect.poll(() => drawnNames(page, 'unit-names')).toContain('DONETSK');
      await expect.poll(() => drawnNames(page, 'place-names')).toContain('Pokrovsk');
      await page.close();
    },
  );

  test('without WebGL the static map names oblasts and towns, none over another or a dot', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      HTMLCanvasElement.prototype.getContext = new Proxy(HTMLCanvasElement.prototype.getContext, {
        apply: (target, self, args) =>
          String(args[0]).includes('webgl') ? null : Reflect.apply(target, self, args),
      });
    });
    await page.goto('./?place=pokrovsk');
    await ready(page);
    // Framed as MapLibre frames a chosen place (src/map/camera.ts): the town, its oblast, the
    // towns of the front around it.
    const labels = page.locator('svg.svg-map .svg-labels text');
    await expect(labels.filter({ hasText: /^Pokrovsk$/ })).toHaveCount(1);
    await expect(labels.filter({ hasText: /^DONETSK$/ })).toHaveCount(1);
    for (const town of ['Kramatorsk', 'Kostiantynivka', 'Avdiivka'])
      await expect(labels.filter({ hasText: new RegExp(`^${town}$`) }), town).toHaveCount(1);
    const boxes = await labels.evaluateAll((texts) =>
      texts.map((t) => (t as SVGTextElement).getBoundingClientRect().toJSON() as DOMRect),
    );
    const overlapping = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter(
          (b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
        ),
    );
    expect(overlapping).toEqual([]);
    // Nor a name over a town's dot: it would read as that town's.
    const dots = await page
      .locator('svg.svg-map .svg-labels circle')
      .evaluateAll((circles) =>
        circles.map((c) => (c as SVGCircleElement).getBoundingClientRect().toJSON() as DOMRect),
      );
    const covered = dots.filter((d) =>
      boxes.some(
        (b) => d.left < b.right && b.left < d.right && d.top < b.bottom && b.top < d.bottom,
      ),
    );
    expect(covered).toEqual([]);
  });

  test('no name is drawn under the legend where it lies over the map', async ({ page }) => {
    // Zoomed to Pokrovsk on a wide screen, Orikhiv and Huliaipole fell under the legend.
    await page.route(/\/assets\/maplibre-/, () => {});
    await page.goto('./?place=pokrovsk');
    await ready(page);
    const legend = await page
      .locator('#legend')
      .evaluate((l) => l.getBoundingClientRect().toJSON());
    expect(legend.height).toBeGreaterThan(0);
    const under = () =>
      page.locator('svg.svg-map .svg-labels text').evaluateAll(
        (texts, l) =>
          texts
            .filter((t) => {
              const b = t.getBoundingClientRect();
              return b.left < l.right && l.left < b.right && b.top < l.bottom && l.top < b.bottom;
            })
            .map((t) => t.textContent),
        legend,
      );
    // Laid out again once the parts have made the legend (src/ui/watch-cover.ts).
    await expect.poll(under).toEqual([]);
    await expect(
      page.locator('svg.svg-map .svg-labels text', { hasText: /^Pokrovsk$/ }),
    ).toHaveCount(1);
  });

  test(
    'an area a scenario draws says which places it includes and how many people',
    { tag: '@any-screen' },
    async ({ page }) => {
      await page.goto('./?scenario=anchorage-2025&region=donetsk-rest-2025-08-12');
      await ready(page);
      await expect(page.locator('#details .area-places')).toHaveText(
        /^This area includes Kramatorsk, Sloviansk, Kostiantynivka, Pokrovsk and \d+ more places on the map: [\d,]+ people as GeoNames counts them, most of its figures from before the full-scale invasion\.$/,
      );
    },
  );
});
