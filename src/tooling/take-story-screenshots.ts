/**
 * `npm run screenshots:story`: serves the production build and saves the story demo
 * (demo/story/) at desktop and phone width, each scrolled to a step and with the map showing it,
 * into docs/screenshots/ for the README.
 */
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium-launch.ts';
import { serveStatic } from './static-server.ts';

const shots = [
  {
    name: 'story-desktop',
    page: 'demo/story/index.html',
    step: 2,
    context: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  },
  {
    name: 'story-phone-uk',
    page: 'demo/story/uk/index.html',
    step: 4,
    context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true },
  },
] as const;

/** Scrolls the step just past the middle line of the window, and waits for the map to follow. */
async function showStep(page: Page, index: number) {
  const step = page.locator('[data-territory-map-step]').nth(index);
  await step.evaluate((s) =>
    scrollTo(0, s.getBoundingClientRect().top + scrollY - innerHeight * 0.47),
  );
  await step.and(page.locator('[data-territory-map-active]')).waitFor({ timeout: 60_000 });
  const scenario = await step.getAttribute('data-scenario');
  const frame = page.frameLocator('#story-map iframe');
  await frame
    .locator(`input[name="scenario"][value="${scenario}"]:checked`)
    .waitFor({ state: 'attached', timeout: 60_000 });
  // MapLibre, once it has taken over from the first view's SVG map, with the step's view drawn.
  await frame.locator('html[data-map-renderer="maplibre"]').waitFor({ state: 'attached' });
  await frame.locator('html[data-map-state="ready"]').waitFor({ state: 'attached' });
}

const server = await serveStatic({ folders: { '/': 'dist' } });
try {
  const browser = await chromium.launch(chromiumLaunchOptions);
  for (const shot of shots) {
    const page = await browser.newPage({ ...shot.context, colorScheme: 'light' });
    await page.goto(`${server.url}/${shot.page}`);
    await showStep(page, shot.step);
    const file = resolve('docs/screenshots', `${shot.name}.png`);
    await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
  await browser.close();
} finally {
  server.stop();
}
