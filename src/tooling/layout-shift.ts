import type { Page } from '@playwright/test';

/** What `watchLayoutShift` keeps in each frame's window. */
interface LayoutShiftWatch {
  total: number;
  observer: PerformanceObserver;
}

/** A `layout-shift` performance entry (the Layout Instability API; not in TypeScript's DOM yet). */
interface LayoutShiftEntry {
  value: number;
  hadRecentInput: boolean;
}

/** The cumulative layout shift of a page and its frames, cross-origin ones included. */
export interface LayoutShift {
  /** The page's shifts and every frame's, added up. */
  total: number;
  /** Each frame's own sum, the page first. */
  frames: { url: string; value: number }[];
}

/**
 * Call before the page navigates: from its first moment, each document of the page (the page and
 * every frame, whatever its origin) adds up its layout shifts, those within 500 ms of a reader's
 * input excepted as the metric defines. The observer is buffered, so shifts that happen before it
 * is made count too.
 */
export async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const watch = { total: 0 } as LayoutShiftWatch;
    watch.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as LayoutShiftEntry[])
        if (!entry.hadRecentInput) watch.total += entry.value;
    });
    watch.observer.observe({ type: 'layout-shift', buffered: true });
    Object.assign(window, { layoutShiftWatch: watch });
  });
}

/** The layout shift so far of a page watched by `watchLayoutShift`, and of each of its frames. */
export async function layoutShiftOf(page: Page): Promise<LayoutShift> {
  const frames: LayoutShift['frames'] = [];
  for (const frame of page.frames()) {
    const value = await frame.evaluate(() => {
      const watch = (window as unknown as { layoutShiftWatch?: LayoutShiftWatch }).layoutShiftWatch;
      if (!watch) return null;
      // Shifts observed but not yet handed to the callback.
      for (const entry of watch.observer.takeRecords() as unknown as LayoutShiftEntry[])
        if (!entry.hadRecentInput) watch.total += entry.value;
      return watch.total;
    });
    if (value === null)
      throw new Error(`${frame.url()}: no layout shift watched; call watchLayoutShift(page) first`);
    frames.push({ url: frame.url(), value });
  }
  return { total: frames.reduce((sum, frame) => sum + frame.value, 0), frames };
}

/**
 * Scrolls the page to its bottom as a reader does: half the viewport's height at a time, pausing
 * after each step, and waiting there until every map in view is ready, as a reader would stop to
 * look (Chromium does not draw frames out of view, so a map only gets ready once seen). Follows the
 * page as it grows.
 */
export async function scrollThrough(page: Page, pauseMs = 300): Promise<void> {
  for (let steps = 0; steps < 200; steps++) {
    await page.waitForTimeout(pauseMs);
    await mapsInViewReady(page);
    const atBottom = await page.evaluate(() => {
      if (scrollY >= document.documentElement.scrollHeight - innerHeight - 1) return true;
      scrollBy(0, Math.ceil(innerHeight / 2));
      return false;
    });
    if (atBottom) return;
  }
  throw new Error(`${page.url()}: still not at the bottom after 200 scroll steps`);
}

/** Waits for the readiness flag (DESIGN.md) of each frame whose element is in the viewport. */
async function mapsInViewReady(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const inView = await (
      await frame.frameElement()
    ).evaluate((element) => {
      const box = (element as Element).getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    });
    if (inView)
      await frame.waitForSelector('html[data-map-state="ready"]', {
        state: 'attached',
        timeout: 120_000,
      });
  }
}
