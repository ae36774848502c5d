import { expect, test, type Frame, type Page, type Route } from '@playwright/test';
import { interactive, ready, watchPage } from './page-watch.ts';

/** MapLibre's code: its library chunk, its worker and the app's module that drives it. */
const MAPLIBRE = /\/assets\/maplibre-/;

const renderer = (page: Page | Frame) => page.locator('html').getAttribute('data-map-renderer');

/**
 * Where each region's name is drawn, in CSS pixels within the map, by its id: the centre of the SVG
 * map's text (its viewBox is the map's size in CSS pixels), or the anchor MapLibre placed it at
 * (the hidden list of src/map/rendered-labels.ts).
 */
function labelAnchors(page: Page): Promise<Record<string, [number, number]>> {
  return page.evaluate(() => {
    const anchors: Record<string, [number, number]> = {};
    for (const text of document.querySelectorAll<SVGTextElement>('svg.svg-map text[data-id]')) {
      const box = text.getBBox();
      anchors[text.dataset.id!] = [box.x + box.width / 2, box.y + box.height / 2];
    }
    for (const li of document.querySelectorAll<HTMLElement>(
      '#map .map-labels li[data-layer="unit-names"]',
    ))
      anchors[li.dataset.id!] = [Number(li.dataset.x), Number(li.dataset.y)];
    return anchors;
  });
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
    const before = await labelAnchors(page);
    const svgNames = await page.locator('svg.svg-map .svg-labels text').allTextContents();

    await maplibre.release();
    await interactive(page);
    await expect(page.locator('#map svg.svg-map')).toHaveCount(0);
    await expect(page.locator('#details h2')).toHaveText('Luhansk');
    expect(new URL(page.url()).searchParams.get('region')).toBe('UA-09');
    // The same names, laid out by the same rules (src/map/maplibre-names.ts).
    await expect
      .poll(async () => (await page.locator('#map .map-labels li').allTextContents()).sort())
      .toEqual(svgNames.sort());
    const after = await labelAnchors(page);

    // The same projection and extent: every region's name is anchored where it was, within a
    // few pixels (the two draw text with their own metrics), at this screen's size.
    const names = Object.keys(before).filter((name) => name in after);
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      const [[x0, y0], [x1, y1]] = [before[name]!, after[name]!];
      expect(Math.hypot(x1 - x0, y1 - y0), name).toBeLessThan(4);
    }
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
