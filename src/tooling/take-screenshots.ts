/**
 * `npm run screenshots`: serves the production build and saves views at desktop and phone width,
 * light and dark, English and Ukrainian, into docs/screenshots/ for the README and for reviewing
 * visible changes. `npm run screenshots -- phone embed` takes only the shots whose names contain
 * one of the words.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium-launch.ts';
import { serveStatic } from './static-server.ts';

const outDir = resolve('docs/screenshots');
const desktop = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true };
const narrow = { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true };
/** An article's column: the width embeds are most read at. */
const column = { viewport: { width: 700, height: 520 }, deviceScaleFactor: 1 };
/** The views the README shows: each theme and width once, in both languages, with a scenario open. */
const shots = [
  {
    name: 'desktop-light',
    ...desktop,
    theme: 'light',
    query: '?scenario=anchorage-2025&region=UA-14',
  },
  { name: 'desktop-dark', ...desktop, theme: 'dark', query: '?scenario=istanbul-2025' },
  {
    name: 'desktop-uk',
    ...desktop,
    theme: 'light',
    query: '?scenario=ukraine-nato-umbrella&lang=uk',
  },
  { name: 'phone-light', ...phone, theme: 'light', query: '?scenario=anchorage-2025' },
  { name: 'phone-dark', ...phone, theme: 'dark', query: '?lang=uk' },
  // The embed's first screen on a phone, as an article's reader sees it (issue 18): the map, the
  // day's figures under it; then a region tapped, named with its figure in a callout at the map.
  { name: 'phone-embed', ...phone, theme: 'light', query: '?scenario=istanbul-2025&embed=1' },
  { name: 'phone-uk-light', ...phone, theme: 'light', query: '?scenario=anchorage-2025&lang=uk' },
  { name: 'phone-en-dark', ...phone, theme: 'dark', query: '?scenario=istanbul-2025' },
  { name: 'narrow-320', ...narrow, theme: 'light', query: '?scenario=anchorage-2025' },
  { name: 'embed-700', ...column, theme: 'light', query: '?scenario=anchorage-2025&embed=1' },
  { name: 'embed-700-uk-dark', ...column, theme: 'dark', query: '?lang=uk&embed=1' },
  // Zoomed into Donetsk oblast: the towns the news is about, named around the chosen one.
  { name: 'desktop-donetsk', ...desktop, theme: 'light', query: '?place=kostiantynivka' },
  { name: 'phone-donetsk-uk-dark', ...phone, theme: 'dark', query: '?place=pokrovsk&lang=uk' },
  // Without WebGL: the static SVG map names oblasts and towns too.
  {
    name: 'desktop-svg',
    ...desktop,
    theme: 'light',
    query: '?scenario=anchorage-2025',
    noWebgl: true,
  },
  { name: 'phone-svg-uk', ...phone, theme: 'dark', query: '?lang=uk', noWebgl: true },
  // The picture a reader downloads, saved as it is downloaded.
  { name: 'export', ...column, theme: 'light', query: '?scenario=anchorage-2025', picture: true },
  {
    name: 'phone-embed-uk-dark',
    ...phone,
    theme: 'dark',
    query: '?scenario=anchorage-2025&lang=uk&embed=1',
  },
  {
    name: 'phone-embed-callout',
    ...phone,
    theme: 'light',
    query: '?scenario=anchorage-2025&embed=1',
    tap: 'UA-14',
  },
  // Roles must be told apart without colour: the same view as a reader with deuteranopia sees it.
  {
    name: 'desktop-deuteranopia',
    ...desktop,
    theme: 'light',
    query: '?scenario=us-draft-2025-04',
    vision: 'deuteranopia',
  },
] as const;

const only = process.argv.slice(2);
const server = await serveStatic({ folders: { '/': 'dist' } });
try {
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions);
  for (const shot of shots) {
    if (only.length > 0 && !only.some((word) => shot.name.includes(word))) continue;
    const page = await browser.newPage({
      viewport: shot.viewport,
      deviceScaleFactor: shot.deviceScaleFactor,
      isMobile: 'isMobile' in shot,
      colorScheme: shot.theme,
    });
    if ('vision' in shot) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: shot.vision });
    }
    if ('noWebgl' in shot) await page.addInitScript(withoutWebgl);
    await page.goto(`${server.url}/${shot.query}`);
    await page.waitForSelector('html[data-map-state="ready"]', { timeout: 90_000 });
    // The interactive map, once it has taken over from the first view's SVG map (with WebGL).
    if (!('noWebgl' in shot)) {
      await page.waitForSelector('html[data-map-renderer="maplibre"]', { timeout: 90_000 });
      await page.waitForSelector('html[data-map-state="ready"]', { timeout: 90_000 });
    }
    if ('tap' in shot) {
      // A tap where the map drew the unit's name (the map's list of placed labels).
      const item = page.locator(`#map .map-labels li[data-id="${shot.tap}"]`).first();
      await item.waitFor({ state: 'attached', timeout: 30_000 });
      const map = (await page.locator('#map').boundingBox())!;
      const [x, y] = await item.evaluate((li) => [
        Number((li as HTMLElement).dataset.x),
        Number((li as HTMLElement).dataset.y),
      ]);
      await page.mouse.click(map.x + x!, map.y + y!);
      await page.waitForSelector('.region-callout:not([hidden])');
      await page.waitForSelector('html[data-map-state="ready"]', { timeout: 90_000 });
    }
    const file = resolve(outDir, `${shot.name}.png`);
    if ('picture' in shot) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Picture (PNG)', exact: true }).click(),
      ]);
      await copyFile((await download.path())!, file);
    } else await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
  await browser.close();
} finally {
  server.stop();
}

/** Runs in the page before its scripts: no WebGL context, as on a browser without it. */
function withoutWebgl() {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    type: string,
    ...rest: unknown[]
  ) {
    if (type.startsWith('webgl') || type === 'experimental-webgl') return null;
    return (getContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
  } as typeof getContext;
}
