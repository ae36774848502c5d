import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';
import { firstViewBytes, type Transfer } from './first-view-bytes.ts';
import { ratioInterval } from './ratio-interval.ts';
import { round, summary } from './summary.ts';

export const VIEWPORT = { width: 1280, height: 800 };

/**
 * How long a load waits on its arrival page before it starts: the browser's own work of opening
 * that page is done by then (at 4×, waiting 1 ms left the floor at 1,477 ms, 1.5 s at 912 ms).
 */
const SETTLE_MS = 1_500;

/** The page a reader leaves for the map, served on another site than the app's (bench.ts). */
export const ARRIVAL_PAGE =
  '<!doctype html><html lang="en"><title>An article</title><p>The map is one link away.</p></html>';

/**
 * Time from navigation to `mapState = "ready"`, cold (a new browser context each run), for the app
 * and the floor in alternation, without and with 4× CPU throttling, and the ratio of medians; the
 * app's first view is the SVG map's, and MapLibre's takeover (`mapRenderer = "maplibre"`) is timed
 * from it; and the first view's bytes by kind, from the app's first run.
 *
 * Issue 18's target is the map: the app draws its whole map first and paints it before it makes
 * the panels beside it (User Timing mark `first-view:map`, set in the first task after the paint);
 * `mapOnScreenMs` compares that with the floor's empty map, whose flag is set the same way, in the
 * first task after the frame MapLibre drew it in (src/tooling/floor/floor-map.ts); `firstReadyMs`
 * the app's readiness with its panels.
 *
 * Each load comes from `arrival`, a page on another site (a reader following a link from an
 * article), once the browser has settled after opening it: see coldLoad.
 */
export async function measureFirstReady(
  browser: Browser,
  origin: string,
  arrival: string,
  runs: number,
) {
  console.log(`First ready, ${runs} cold runs each, app and floor in alternation…`);
  const firstReady = { app: [] as number[], floor: [] as number[] };
  const throttled = { app: [] as number[], floor: [] as number[] };
  const mapOnScreen = { cold: [] as number[], throttled: [] as number[] };
  const takeover = { cold: [] as number[], throttled: [] as number[] };
  let firstView: Transfer[] = [];
  for (let i = 0; i < runs; i++) {
    for (const which of ['app', 'floor'] as const) {
      // The first view's bytes from the app's first load only.
      const bytes = which === 'app' && i === 0;
      const cold = await coldLoad(browser, arrival, `${origin}/${which}/`, 1, bytes);
      firstReady[which].push(cold.readyMs);
      if (bytes) firstView = cold.transfers;
      const slow = await coldLoad(browser, arrival, `${origin}/${which}/`, 4, false);
      throttled[which].push(slow.readyMs);
      if (which === 'app') {
        takeover.cold.push(cold.takeoverMs!);
        takeover.throttled.push(slow.takeoverMs!);
        mapOnScreen.cold.push(cold.mapMs!);
        mapOnScreen.throttled.push(slow.mapMs!);
      }
    }
  }
  return {
    mapOnScreenMs: against(mapOnScreen.cold, firstReady.floor),
    mapOnScreenThrottled4xMs: against(mapOnScreen.throttled, throttled.floor),
    firstReadyMs: against(firstReady.app, firstReady.floor),
    firstReadyThrottled4xMs: against(throttled.app, throttled.floor),
    takeoverMs: { cold: summary(takeover.cold), throttled4x: summary(takeover.throttled) },
    firstViewGzipBytes: firstViewBytes(firstView),
  };
}

/**
 * Opens `url` in a new, empty browser context, arriving from `arrival`, and returns the
 * milliseconds from navigation to the readiness flag turning "ready", for the app the milliseconds
 * from "ready" until MapLibre has taken over (the map in view, the page idle: MapLibre loaded, run
 * and its first full frame drawn), and with `bytes` what was transferred until "ready", gzipped.
 */
async function coldLoad(
  browser: Browser,
  arrival: string,
  url: string,
  cpuSlowdown: number,
  bytes: boolean,
) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  // Navigated to at once from the new context's blank page, each load shared the machine's two
  // cores with the browser's own work of opening that context and page (in traces, among it, the
  // blank page's compositor torn down on the loading page's main thread a second later): at 4×
  // about 500–700 ms of every load, the app's and the floor's alike, which brought their ratio
  // nearer 1 than it is (BENCHMARKS.md, "The map first, ninth session"). A reader comes from an
  // article: the load starts from a page on another site, once the browser has settled.
  await page.goto(arrival);
  await page.waitForTimeout(SETTLE_MS);
  await page.addInitScript(watchReadiness);
  // Awaited through the DevTools protocol, not Playwright's selectors: those inject a script of
  // Playwright's own into the page, whose evaluation (100 ms and more at 4×) lands on the very
  // main thread being timed, while the page loads.
  const settled = async (promise: string) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: promise,
      awaitPromise: true,
      timeout: 120_000,
    });
    if (exceptionDetails || result.type !== 'boolean')
      throw new Error(
        `${url}: ${promise} did not settle: ${exceptionDetails?.text ?? result.type}`,
      );
  };
  // Only noted while the page loads: reading and compressing each body then (through the
  // DevTools protocol, then in this process) took the machine's two cores from the load being
  // timed, the floor's 1.5 MB of MapLibre more than the app's first view.
  const responses: Response[] = [];
  if (bytes) page.on('response', (response) => responses.push(response));
  await page.goto(url);
  await settled('window.benchReady');
  const readyMs = await page.evaluate(() => (window as unknown as { readyAt: number }).readyAt);
  let takeoverMs: number | null = null;
  let mapMs: number | null = null;
  if (url.endsWith('/app/')) {
    const mark = await page.evaluate(
      () => performance.getEntriesByName('first-view:map')[0]?.startTime ?? null,
    );
    if (mark === null) throw new Error(`${url}: no User Timing mark "first-view:map" before ready`);
    mapMs = round(mark, 0);
    await settled('window.benchTakenOver');
    const takenOverAt = await page.evaluate(
      () => (window as unknown as { takenOverAt: number }).takenOverAt,
    );
    takeoverMs = round(takenOverAt - readyMs, 0);
  }
  // The first view is what was asked for before it was ready: not the dates fetched ahead after.
  const asked = new Set(
    await page.evaluate(
      (readyAt) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime <= readyAt)
          .map((entry) => entry.name),
      readyMs,
    ),
  );
  const read = responses
    .filter((response) => response.url() === page.url() || asked.has(response.url()))
    .map((response) =>
      response.body().then(
        (body) => ({ url: response.url(), gzip: gzipSync(body, { level: 9 }).length }),
        () => null,
      ),
    );
  const transfers = (await Promise.all(read)).filter((t): t is Transfer => t !== null);
  await context.close();
  return { readyMs: round(readyMs, 0), mapMs, takeoverMs, transfers };
}

/** The app's times beside the floor's, the ratio of their medians and its 90% interval. */
function against(app: number[], floor: number[]) {
  const median = (values: number[]) => summary(values).median;
  const [low, high] = ratioInterval(app, floor);
  return {
    app: summary(app),
    floor: summary(floor),
    ratio: round(median(app) / median(floor), 2),
    ratioInterval90: [round(low, 2), round(high, 2)] as [number, number],
  };
}

/**
 * In the page before its scripts: the times the flags turn "ready" and "maplibre", and promises
 * that settle then (`benchReady`, `benchTakenOver`).
 */
function watchReadiness(): void {
  // The document, not its <html>: this runs before the parser has made the element.
  const times = window as unknown as {
    readyAt?: number;
    takenOverAt?: number;
    benchReady?: Promise<boolean>;
    benchTakenOver?: Promise<boolean>;
  };
  // No function is given a name here: the bundler's helper that would keep it is not in the page.
  const settle: { ready?: (value: boolean) => void; takenOver?: (value: boolean) => void } = {};
  times.benchReady = new Promise<boolean>((resolve) => (settle.ready = resolve));
  times.benchTakenOver = new Promise<boolean>((resolve) => (settle.takenOver = resolve));
  new MutationObserver((_, observer) => {
    const { mapState, mapRenderer } = document.documentElement.dataset;
    if (mapState === 'ready') {
      times.readyAt ??= performance.now();
      settle.ready!(true);
    }
    if (mapRenderer === 'maplibre') {
      times.takenOverAt ??= performance.now();
      settle.takenOver!(true);
    }
    if (times.readyAt && times.takenOverAt) observer.disconnect();
  }).observe(document, {
    attributes: true,
    attributeFilter: ['data-map-state', 'data-map-renderer'],
    subtree: true,
  });
}
