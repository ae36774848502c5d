import type { Browser, BrowserContextOptions } from '@playwright/test';
import { demoArticle } from '../demo-article.ts';
import { layoutShiftOf, scrollThrough, watchLayoutShift } from '../layout-shift.ts';
import { serveStatic } from '../static-server.ts';
import { VIEWPORT } from './first-ready.ts';
import { summary } from './summary.ts';

/** Issue 18's budget for cumulative layout shift. */
export const LAYOUT_SHIFT_BUDGET = 0.02;

const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

/** How long shifts may still come after the view is ready (late panels, frames taking height). */
const SETTLE_MS = 2_000;

/**
 * Cumulative layout shift (src/tooling/layout-shift.ts), `runs` cold loads each: the app on a
 * desktop; the app on a phone with the CPU slowed 4×; and the demo article, served from a second
 * origin and embedding the app through embed.js, scrolled to its bottom, its own shifts and those
 * inside the maps' frames added up.
 */
export async function measureLayoutShift(browser: Browser, appOrigin: string, runs: number) {
  console.log(`Layout shift, ${runs} cold runs each: app on desktop and phone, the article…`);
  const article = await serveStatic({ pages: { '/article/': () => demoArticle(appOrigin) } });
  const desktop: number[] = [];
  const phone: number[] = [];
  const articleTotal: number[] = [];
  const articlePage: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      desktop.push(await appShift(browser, `${appOrigin}/`, { viewport: VIEWPORT }, 1));
      phone.push(await appShift(browser, `${appOrigin}/`, PHONE, 4));
      const scrolled = await articleShift(browser, `${article.url}/article/`);
      articleTotal.push(scrolled.total);
      articlePage.push(scrolled.page);
    }
  } finally {
    article.stop();
  }
  return {
    appDesktop: summary(desktop, 3),
    appPhoneThrottled4x: summary(phone, 3),
    articleScrolled: summary(articleTotal, 3),
    /** Of which the article page's own shifts (the rest are inside the maps' frames). */
    articleScrolledPageOnly: summary(articlePage, 3),
  };
}

async function open(browser: Browser, options: BrowserContextOptions, cpuSlowdown: number) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  await watchLayoutShift(page);
  return page;
}

/** The app's layout shift from navigation until it is ready and has settled. */
async function appShift(
  browser: Browser,
  url: string,
  options: BrowserContextOptions,
  cpuSlowdown: number,
): Promise<number> {
  const page = await open(browser, options, cpuSlowdown);
  await page.goto(url);
  await page.waitForSelector('html[data-map-state="ready"]', { timeout: 120_000 });
  await page.waitForTimeout(SETTLE_MS);
  const { total } = await layoutShiftOf(page);
  await page.context().close();
  return total;
}

/** The article's layout shift, its maps' included, from navigation to its bottom, read through. */
async function articleShift(browser: Browser, url: string) {
  const page = await open(browser, { viewport: VIEWPORT }, 1);
  await page.goto(url);
  await scrollThrough(page);
  await page.waitForTimeout(SETTLE_MS);
  const { total, frames } = await layoutShiftOf(page);
  await page.context().close();
  return { total, page: frames[0]!.value };
}
