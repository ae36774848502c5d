/**
 * `npm run screenshots`: serves the production build and saves views at desktop and phone width,
 * light and dark, English and Ukrainian, into docs/screenshots/ for the README and for reviewing
 * visible changes.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium-launch.ts';
import { serveStatic } from './static-server.ts';

const outDir = resolve('docs/screenshots');
const desktop = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true };
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
  { name: 'phone-embed', ...phone, theme: 'light', query: '?scenario=istanbul-2025&embed=1' },
  // Roles must be told apart without colour: the same view as a reader with deuteranopia sees it.
  {
    name: 'desktop-deuteranopia',
    ...desktop,
    theme: 'light',
    query: '?scenario=us-draft-2025-04',
    vision: 'deuteranopia',
  },
] as const;

const server = await serveStatic({ folders: { '/': 'dist' } });
try {
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions);
  for (const shot of shots) {
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
    await page.goto(`${server.url}/${shot.query}`);
    await page.waitForSelector('html[data-map-state="ready"]', { timeout: 30_000 });
    const file = resolve(outDir, `${shot.name}.png`);
    await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
  await browser.close();
} finally {
  server.stop();
}
