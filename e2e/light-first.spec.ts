import { expect, test, type Frame, type Page, type Route } from '@playwright/test';
import { PNG } from 'pngjs';
import { interactive, ready, watchPage } from './page-watch.ts';
import { articleOrigin } from './ports.ts';
import { isHeldColour, shareOfPixels } from './pixels.ts';

/** MapLibre's code: its library chunk, its worker and the app's module that drives it. */
const MAPLIBRE = /\/assets\/maplibre-/;

const renderer = (page: Page | Frame) => page.locator('html').getAttribute('data-map-renderer');

/** The centre (x, y) of the pixels for which `test` holds, in the screenshot's pixels. */
function centroid(png: Buffer, test: (r: number, g: number, b: number) => boolean) {
  const { data, width } = PNG.sync.read(png);
  let [count, x, y] = [0, 0, 0];
  for (let i = 0; i < data.length; i += 4) {
    if (!test(data[i]!, data[i + 1]!, data[i + 2]!)) continue;
    count++;
    x += (i / 4) % width;
    y += Math.floor(i / 4 / width);
  }
  return { x: x / count, y: y / count };
}

/** Holds back MapLibre's chunk until `release` is called: the SVG map's view stays on screen. */
async function holdMaplibre(page: Page) {
  const held: Route[] = [];
  let released = false;
  await page.route(MAPLIBRE, (route) => (released ? route.continue() : held.push(route)));
  return {
    requested: () => held.length > 0,
    release: async () => {
      released = true;
      await Promise.all(held.map((route) => route.continue()));
    },
  };
}

test.describe('light first: the SVG map draws the first view, MapLibre takes over', () => {
  test('MapLibre takes over where the SVG map drew, with the state the reader chose meanwhile', async ({
    page,
    baseURL,
  }) => {
    const watch = watchPage(page, baseURL!);
    const maplibre = await holdMaplibre(page);
    await page.goto('./?scenario=anchorage-2025&theme=light');
    await ready(page);
    expect(await renderer(page)).toBe('svg');
    await expect(page.locator('#map svg.svg-map')).toBeVisible();
    // In view and idle: MapLibre is asked for, and held back here.
    await expect.poll(maplibre.requested).toBe(true);

    // A region chosen on the SVG map is MapLibre's too.
    await page.locator('svg.svg-map path[data-iso="UA-09"]').click({ force: true });
    await ready(page);
    await expect(page.locator('#details h2')).toHaveText('Luhansk');
    const before = await page.locator('#map').screenshot();

    await maplibre.release();
    await interactive(page);
    await expect(page.locator('#map svg.svg-map')).toHaveCount(0);
    await expect(page.locator('#details h2')).toHaveText('Luhansk');
    expect(new URL(page.url()).searchParams.get('region')).toBe('UA-09');
    const after = await page.locator('#map').screenshot();

    // The same land in the same place: the held area's centre moves by less than 3 pixels and
    // its share of the map by less than a tenth.
    const [was, is] = [centroid(before, isHeldColour), centroid(after, isHeldColour)];
    expect(Math.hypot(was.x - is.x, was.y - is.y)).toBeLessThan(3);
    const [heldBefore, heldAfter] = [before, after].map((png) => shareOfPixels(png, isHeldColour));
    expect(Math.abs(heldAfter! - heldBefore!) / heldBefore!).toBeLessThan(0.1);
    watch.check();
  });

  test('on a busy page MapLibre comes at the reader’s first gesture on the map', async ({
    page,
  }) => {
    // A page that is never idle: only the gesture can bring MapLibre.
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (MAPLIBRE.test(request.url())) requests.push(request.url());
    });
    await page.goto('./');
    await ready(page);
    await page.waitForTimeout(1500);
    expect(requests).toEqual([]);
    expect(await renderer(page)).toBe('svg');
    await page.locator('#map').dispatchEvent('pointerdown');
    await interactive(page);
    expect(requests.length).toBeGreaterThan(0);
  });
});

/** An article whose two maps start well below the first screen, on the second origin. */
function belowTheFold(appOrigin: string): string {
  const paragraph = '<p>' + 'The talks went on through the night. '.repeat(30) + '</p>';
  const map = (scenario: string, lang: string) =>
    `<div data-territory-map data-scenario="${scenario}" data-lang="${lang}"></div>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="icon" href="data:,"><title>Maps below the fold</title>
<style>body{max-width:720px;margin:0 auto;padding:0 12px;font:18px/1.6 serif}.lede{height:110vh}</style>
</head><body><article><h1>Two maps below the fold</h1><div class="lede">${paragraph}</div>
${map('istanbul-2025', 'en')}${paragraph}${map('ukraine-no-withdrawal', 'uk')}${paragraph}
</article><script src="${appOrigin}/embed.js" async></script></body></html>`;
}

test.describe('an article with two maps below the fold, on another origin', () => {
  test('before scrolling the maps draw their first view only; MapLibre comes with the reader', async ({
    page,
    baseURL,
  }) => {
    const article = `${articleOrigin}/below-the-fold/`;
    const watch = watchPage(page, baseURL!, [article]);
    await page.route(article, (route) =>
      route.fulfill({ contentType: 'text/html', body: belowTheFold(new URL(baseURL!).origin) }),
    );
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const manifest = await (await page.request.get('data/manifest.json')).json();
    const bundles = (manifest.series.bundles as { file: string }[]).map((b) => `/data/${b.file}`);
    const later = () => requested.filter((url) => bundles.some((file) => url.endsWith(file)));

    await page.goto(article);
    const iframes = page.locator('iframe');
    await expect(iframes).toHaveCount(2);
    const frames = await Promise.all(
      [0, 1].map(async (i) => (await (await iframes.nth(i).elementHandle())!.contentFrame())!),
    );
    // Both frames load (lazily, near the screen) and draw their first view out of sight.
    for (const frame of frames) await ready(frame);
    for (const frame of frames) expect(await renderer(frame)).toBe('svg');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    for (const i of [0, 1]) {
      const top = await iframes.nth(i).evaluate((f) => f.getBoundingClientRect().top);
      expect(top).toBeGreaterThan(page.viewportSize()!.height);
    }
    await page.waitForTimeout(2000);
    expect(requested.filter((url) => MAPLIBRE.test(url))).toEqual([]);
    expect(later()).toEqual([]);

    for (const i of [0, 1]) {
      await frames[i]!.locator('#map').scrollIntoViewIfNeeded();
      await interactive(frames[i]!);
      expect(requested.filter((url) => MAPLIBRE.test(url)).length).toBeGreaterThan(0);
    }
    // Once seen, each map fetches the dates around its own, for a reader who scrubs on.
    await expect.poll(() => later().length).toBeGreaterThan(0);
    watch.check();
  });
});
