import { expect, test } from '@playwright/test';
import { ready, watchPage } from './page-watch.ts';
import { isHeldColour, shareOfPixels } from './pixels.ts';

test.describe('the first screen', () => {
  test('renders the latest date’s held area with no request leaving the origin', async ({
    page,
    baseURL,
  }) => {
    const watch = watchPage(page, baseURL!);
    await page.goto('./');
    await ready(page);

    const manifest = await (await page.request.get('data/manifest.json')).json();
    const latest = manifest.series.dates.at(-1);
    await expect(page.locator('#summary')).toHaveAttribute('data-date', latest);
    await expect(page.locator('#summary')).toContainText('of Ukraine');
    await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute(
      'aria-valuetext',
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${latest}T12:00:00Z`),
      ),
    );
    await expect(page.locator('#credits')).toContainText('DeepStateMap.live');
    await expect(page.locator('#credits')).toContainText('Natural Earth');

    // The map shows the held area: a clear share of its pixels are the held colour.
    const heldShare = shareOfPixels(await page.locator('#map').screenshot(), isHeldColour);
    expect(heldShare).toBeGreaterThan(0.02);
    watch.check();
  });

  test('asks for the data’s index from the page’s head, once, before the main script is in', async ({
    page,
  }) => {
    await page.goto('./');
    await ready(page);
    const requests = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e as PerformanceResourceTiming)
        .filter((e) => /\/manifest\.json$|\/assets\/main-[^/]+\.js$/.test(e.name))
        .map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd })),
    );
    const manifests = requests.filter((r) => r.name.endsWith('/manifest.json'));
    const script = requests.find((r) => r.name.endsWith('.js'))!;
    expect(manifests).toHaveLength(1);
    // Not after the script has arrived (and then been parsed and run), as the app would ask.
    expect(manifests[0]!.start).toBeLessThan(script.end);
  });

  test('asks for every file of the first view from the page’s head, each once, the date’s held area too @any-screen', async ({
    page,
    context,
  }) => {
    // Who asked for each request: the script at the top of its call stack.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const askedBy = new Map<string, string[]>();
    cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
      const path = new URL(request.url).pathname;
      const script = initiator.stack?.callFrames[0]?.url ?? initiator.type;
      askedBy.set(path, [...(askedBy.get(path) ?? []), script]);
    });
    // A scenario of the talks, whose date is its own, not the latest.
    await page.goto('./?scenario=istanbul-2025');
    await ready(page);

    const manifest = await (await page.request.get('data/manifest.json')).json();
    expect(manifest.firstView).toHaveLength(6);
    const date = manifest.editorial.defaultDates['istanbul-2025'];
    const held = `control/${date}.${manifest.series.hashes[manifest.series.dates.indexOf(date)]}.topo.json`;
    for (const file of [...manifest.firstView, held] as string[])
      expect(askedBy.get(`/data/${file}`), file).toEqual([
        expect.stringMatching(/\/page-mode\.js$/),
      ]);
    // The daily figures are not the map's: the app asks for them, once, after the map is drawn.
    expect(manifest.firstView).not.toContain(manifest.files.figures);
    expect(askedBy.get(`/data/${manifest.files.figures}`)).toHaveLength(1);
    const [asked, drawn] = await page.evaluate((figures) => {
      const request = performance
        .getEntriesByType('resource')
        .find((e) => e.name.endsWith(figures));
      return [request?.startTime, performance.getEntriesByName('first-view:map')[0]?.startTime];
    }, manifest.files.figures as string);
    expect(asked).toBeGreaterThanOrEqual(drawn!);
  });

  test('serves its main script with V8’s hint to compile it whole, and no other script', async ({
    page,
  }) => {
    await page.goto('./');
    await ready(page);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => /\/assets\/[^/]+\.js$/.test(name)),
    );
    const firstLines = new Map<string, string>();
    for (const url of scripts)
      firstLines.set(url, (await (await page.request.get(url)).text()).split('\n')[0]!);
    const main = [...firstLines].filter(([url]) => /\/main-[^/]+\.js$/.test(url));
    expect(main).toHaveLength(1);
    expect(main[0]![1]).toBe('//# allFunctionsCalledOnLoad');
    // The main script only: with the panels' chunk hinted too, the map came no sooner (BENCHMARKS.md).
    const others = [...firstLines].filter(([url]) => !/\/main-[^/]+\.js$/.test(url));
    expect(others.length).toBeGreaterThan(0);
    for (const [url, line] of others) expect(line, url).not.toContain('allFunctionsCalledOnLoad');
  });

  test('takes the language and the theme the reader switches to while the map is drawn', async ({
    page,
    baseURL,
  }) => {
    const watch = watchPage(page, baseURL!);
    // The daily figures held back: the panels wait for them, and the masthead's buttons are there.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/control-areas\.[0-9a-f]+\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    await page.waitForFunction(() => performance.getEntriesByName('first-view:map').length > 0);
    await page.getByRole('button', { name: 'Українською' }).click();
    await page.getByRole('button', { name: 'Dark theme' }).click();
    release();

    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('#lang-switch')).toHaveText('English');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('uk');
    expect(new URL(page.url()).searchParams.get('theme')).toBe('dark');
    watch.check();
  });

  test('asks for the names’ Cyrillic faces from the page’s head for a map in Ukrainian, and never for one in English', async ({
    page,
  }) => {
    const fonts = async () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e as PerformanceResourceTiming)
          .filter((e) => /noto-sans-[a-z]+-\d+-normal/.test(e.name))
          .map((e) => ({ subset: /noto-sans-([a-z]+)-/.exec(e.name)![1]!, start: e.startTime })),
      );
    await page.goto('./?lang=en');
    await ready(page);
    expect((await fonts()).map((f) => f.subset).sort()).toEqual(['latin', 'latin']);

    await page.goto('./?lang=uk');
    await ready(page);
    const asked = await fonts();
    expect(asked.map((f) => f.subset).sort()).toEqual(['cyrillic', 'cyrillic', 'latin', 'latin']);
    // With the data, not once the main script has been run.
    const appStart = await page.evaluate(
      () => performance.getEntriesByName('app:start')[0]!.startTime,
    );
    for (const font of asked.filter((f) => f.subset === 'cyrillic'))
      expect(font.start).toBeLessThan(appStart);
  });

  test(
    'never scrolls sideways on a phone, in either language, long oblast names and all',
    { tag: '@any-screen' },
    async ({ browser, baseURL }) => {
      for (const [width, lang] of [
        [320, 'uk'],
        [360, 'uk'],
        [390, 'uk'],
        [360, 'en'],
      ] as const) {
        const page = await browser.newPage({ viewport: { width, height: 800 }, baseURL });
        await page.route(/\/assets\/maplibre-/, () => {});
        // Anchorage: Dnipropetrovsk oblast's region card gives a share ("<0,1%") beside its name.
        for (const address of [
          `./?lang=${lang}&scenario=anchorage-2025`,
          `./?lang=${lang}&date=2025-08-12&since=2024-07-08`,
        ]) {
          await page.goto(address);
          await ready(page);
          await expect(page.locator('.region-list button')).toHaveCount(27);
          const [scroll, client] = await page.evaluate(() => [
            document.documentElement.scrollWidth,
            document.documentElement.clientWidth,
          ]);
          expect(scroll, `${width} px, ${address}`).toBeLessThanOrEqual(client);
        }
        await page.close();
      }
    },
  );
});
