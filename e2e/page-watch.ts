import { expect, type Frame, type FrameLocator, type Page } from '@playwright/test';

/** Waits for DESIGN.md's readiness flag: the state is applied and drawn, by either map. */
export const ready = (page: Page | Frame | FrameLocator) =>
  expect(page.locator('html')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 });

/**
 * Waits until MapLibre has taken over from the SVG map of the first view (the map in view, the
 * page idle) and the state is drawn: for tests of what only the interactive map does.
 */
export async function interactive(page: Page | Frame | FrameLocator): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'maplibre', {
    timeout: 30_000,
  });
  await ready(page);
}

/**
 * Records what a page must never do: request another origin (than the app's and `otherOrigins`),
 * log an error, fail a request, or open a dialog. `check()` asserts none of it happened. Frames'
 * requests and console messages count as the page's.
 */
export function watchPage(page: Page, baseURL: string, otherOrigins: string[] = []) {
  const foreign: string[] = [];
  const errors: string[] = [];
  let dialogs = 0;
  const allowed = [baseURL, ...otherOrigins].map((url) => new URL(url).origin);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && !allowed.includes(url.origin))
      foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  return {
    check() {
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(errors, 'console errors and failed requests').toEqual([]);
      expect(dialogs, 'dialogs opened').toBe(0);
    },
  };
}

/**
 * Keeps the first view's SVG map for the whole test, in the page and in its iframes: MapLibre's
 * takeover waits for the page to be idle once the map is in view (src/app/map-takeover.ts), and
 * this page is never told it is idle, so MapLibre comes only at a gesture on the map, as on a page
 * that is always busy. For tests whose subject is not the map (the URL's and the host's messages'
 * parsers, the citations, the URL's round trips): in software GL MapLibre's takeover and frames
 * cost such a test a third of its time (the 300 history entries: 48.7 s with it, 32.9 s without,
 * alone), and the specs of the map itself test it under MapLibre.
 */
export async function holdMapLibre(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
}
