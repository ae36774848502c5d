import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

/** Requests and bytes (gzipped at level 9, as a CDN sends them) of one action, and its time. */
export interface NetworkCost {
  requests: number;
  gzipBytes: number;
  ms?: number;
}

/**
 * The timeline on the network (issue 17, "the series as a stream"), against the built app at
 * `appUrl` whose files are in `distDir`: the first view's data, a full scrub (one date per
 * animation frame, as state-changes drags), a day step inside a loaded month's bundle and across a
 * bundle's edge (right after the first view, and after idle, when the next month is fetched ahead),
 * and switching a comparison on (its data, and its lazily loaded clipping code).
 */
export async function measureStream(browser: Browser, appUrl: string, distDir = 'dist') {
  const sizes = new Map<string, number>();
  const gzipOf = async (url: string) => {
    const path = decodeURIComponent(new URL(url).pathname).slice(new URL(appUrl).pathname.length);
    if (!sizes.has(path))
      sizes.set(
        path,
        await readFile(join(distDir, path)).then(
          (b) => gzipSync(b, { level: 9 }).length,
          () => 0,
        ),
      );
    return sizes.get(path)!;
  };
  const cost = async (urls: string[], ms?: number): Promise<NetworkCost> => ({
    requests: urls.length,
    gzipBytes: (await Promise.all(urls.map(gzipOf))).reduce((t, n) => t + n, 0),
    ...(ms === undefined ? {} : { ms }),
  });

  const open = (search: string) => openView(browser, appUrl, search);

  const scrubbing = await open('');
  const firstView = await cost(scrubbing.firstView);
  const scrubbed = scrubbing.watch();
  let started = Date.now();
  await scrub(scrubbing.page);
  await ready(scrubbing.page);
  const fullScrub = await cost(scrubbed().data, Date.now() - started);
  await scrubbing.context.close();

  const stepFrom = async (date: string, idle: boolean) => {
    const { page, context, watch } = await open(`?date=${date}`);
    if (idle) {
      await step(page, -1);
      await page.waitForTimeout(3000);
      await step(page, 1);
    }
    const done = watch();
    const ms = await step(page, 1);
    const result = await cost(done().data, ms);
    await context.close();
    return result;
  };
  const stepInsideBundle = await stepFrom('2025-05-14', true);
  const stepAcrossEdgeAtOnce = await stepFrom('2025-05-31', false);
  const stepAcrossEdgeAfterIdle = await stepFrom('2025-05-31', true);

  const comparing = await open('?date=2025-08-12&region=UA-14');
  await comparing.page.waitForTimeout(3000);
  const compared = comparing.watch();
  started = Date.now();
  await comparing.page.evaluate(() => {
    history.pushState(null, '', '?date=2025-08-12&since=2025-05-16&region=UA-14');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await comparing.page.waitForTimeout(50);
  await ready(comparing.page);
  const ms = Date.now() - started;
  const { data, code } = compared();
  const compareSwitch = { ...(await cost(data, ms)), code: await cost(code) };
  await comparing.context.close();

  return {
    stream: {
      firstView,
      fullScrub,
      stepInsideBundle,
      stepAcrossEdgeAtOnce,
      stepAcrossEdgeAfterIdle,
      compareSwitch,
    },
  };
}

/** A fresh page at `search`, ready; `watch()` counts its data and clipping-code requests from then on. */
async function openView(browser: Browser, appUrl: string, search: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let data: string[] = [];
  let code: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/data/')) data.push(r.url());
    else if (r.url().includes('change-between')) code.push(r.url());
  });
  await page.goto(`${appUrl}${search}`);
  await ready(page);
  const firstView = data;
  const watch = () => {
    data = [];
    code = [];
    return () => ({ data, code });
  };
  return { page, context, firstView, watch };
}

/** Drags the slider from its first date to its last, one date per animation frame. */
async function scrub(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const slider = document.querySelector<HTMLInputElement>('#timeline-slider')!;
    for (let value = Number(slider.min); value <= Number(slider.max); value++) {
      await new Promise((r) => requestAnimationFrame(r));
      slider.value = String(value);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
}

const ready = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.mapState === 'ready', null, {
    timeout: 600_000,
  });

/** Moves the slider by one date as a reader's arrow key does; ms until the map is ready. */
async function step(page: Page, direction: 1 | -1): Promise<number> {
  const started = Date.now();
  await page.focus('#timeline-slider');
  await page.keyboard.press(direction > 0 ? 'ArrowRight' : 'ArrowLeft');
  await page.waitForTimeout(50);
  await ready(page);
  return Date.now() - started;
}
