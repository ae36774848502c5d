import { expect, test, type Frame, type Page } from '@playwright/test';
import { interactive } from './page-watch.ts';
import { articleOrigin } from './ports.ts';

/**
 * Issue 18: browsers run no rendering callbacks (ResizeObserver, requestAnimationFrame) in a
 * cross-origin frame that is off-screen. An article whose maps start below the fold
 * (e2e/article-server.ts, on a second origin): before the reader scrolls, each map has already
 * told the page its height from layout, so none is clipped, and has drawn its first view with the
 * SVG map and fetched nothing more: not MapLibre, not the dates around its own. Scrolling to each
 * moves nothing, and brings MapLibre.
 */
const ARTICLE = `${articleOrigin}/below-the-fold/`;

/** MapLibre's code: its library chunk, its worker and the app's module that drives it. */
const MAPLIBRE = /\/assets\/maplibre-/;

/** The map's document inside the `index`th iframe, once its parts are laid out. */
async function laidOut(page: Page, index: number): Promise<Frame> {
  const handle = await page.locator('iframe').nth(index).elementHandle();
  let frame: Frame | null = null;
  await expect
    .poll(
      async () => {
        frame = await handle!.contentFrame();
        if (!frame || !frame.url().includes('embed=1')) return false;
        return frame
          .evaluate(() => document.documentElement.dataset.parts === 'ready')
          .catch(() => false);
      },
      { timeout: 45_000 },
    )
    .toBe(true);
  return frame!;
}

/** The iframe's height on the page, and the height of the map's content inside it. */
async function heights(page: Page, index: number, frame: Frame) {
  const outer = await page
    .locator('iframe')
    .nth(index)
    .evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.body.getBoundingClientRect().height);
  return { outer, inner };
}

test('maps below the fold have their height before the reader scrolls to them', async ({
  page,
}) => {
  test.slow();
  // What the article's own page says in its console: nothing (the frames' messages aside).
  const hostConsole: string[] = [];
  page.on('console', (message) => {
    const url = message.location().url;
    const fromHost = url === '' || url.startsWith(articleOrigin) || url.endsWith('/embed.js');
    if (fromHost && ['warning', 'error'].includes(message.type()))
      hostConsole.push(`${message.type()}: ${message.text()}`);
  });
  const requested: { frame: Frame; url: string }[] = [];
  page.on('request', (request) => requested.push({ frame: request.frame(), url: request.url() }));
  const manifest = await (await page.request.get('data/manifest.json')).json();
  const bundles = (manifest.series.bundles as { file: string }[]).map((b) => `/data/${b.file}`);
  const maplibreOf = (frame: Frame) =>
    requested.filter((r) => r.frame === frame && MAPLIBRE.test(r.url)).map((r) => r.url);
  const laterDatesOf = (frame: Frame) =>
    requested
      .filter((r) => r.frame === frame && bundles.some((file) => r.url.endsWith(file)))
      .map((r) => r.url);

  await page.goto(ARTICLE);
  const iframes = page.locator('iframe');
  await expect(iframes).toHaveCount(2);
  const frames = [await laidOut(page, 0), await laidOut(page, 1)];
  const viewport = page.viewportSize()!;
  const before: number[] = [];
  for (const [index, frame] of frames.entries()) {
    const box = (await iframes.nth(index).boundingBox())!;
    expect(box.y, `map ${index + 1} starts below the fold`).toBeGreaterThan(viewport.height);
    // Not clipped: the iframe is as tall as the content the map has laid out.
    await expect
      .poll(async () => {
        const { outer, inner } = await heights(page, index, frame);
        return Math.abs(outer - inner);
      })
      .toBeLessThanOrEqual(1);
    before.push((await heights(page, index, frame)).outer);
  }
  // Both draw their first view unseen; time enough for an idle page to have fetched MapLibre in a
  // frame that thought itself in view.
  for (const frame of frames)
    await expect(frame.locator('html')).toHaveAttribute('data-map-state', 'ready', {
      timeout: 45_000,
    });
  await page.waitForTimeout(3000);
  expect(await page.evaluate(() => scrollY)).toBe(0);
  for (const [index, frame] of frames.entries()) {
    const map = `map ${index + 1}, before scrolling`;
    expect(await frame.locator('html').getAttribute('data-map-renderer'), map).toBe('svg');
    expect(maplibreOf(frame), map).toEqual([]);
    expect(laterDatesOf(frame), map).toEqual([]);
  }

  for (const [index, frame] of frames.entries()) {
    await iframes.nth(index).scrollIntoViewIfNeeded();
    await expect(frame.locator('html')).toHaveAttribute('data-map-state', 'ready', {
      timeout: 45_000,
    });
    await page.waitForTimeout(500);
    const { outer } = await heights(page, index, frame);
    expect(
      Math.abs(outer - before[index]!),
      `map ${index + 1}'s height on arrival`,
    ).toBeLessThanOrEqual(2);
    // Seen: MapLibre takes over, and the dates around the map's own are fetched for a scrubber.
    await interactive(frame);
    expect(maplibreOf(frame).length).toBeGreaterThan(0);
    await expect.poll(() => laterDatesOf(frame).length).toBeGreaterThan(0);
    const after = (await heights(page, index, frame)).outer;
    expect(Math.abs(after - before[index]!), `map ${index + 1} after MapLibre`).toBeLessThanOrEqual(
      2,
    );
  }
  expect(hostConsole, 'the host page’s console').toEqual([]);
});
