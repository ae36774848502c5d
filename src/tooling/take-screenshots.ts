/**
 * `npm run screenshots`: serves the production build and saves the first screen at desktop and phone
 * width, light and dark, into docs/screenshots/ for the README and for reviewing visible changes.
 */
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/chromium.ts';

const port = 4174;
const outDir = resolve('docs/screenshots');
const views = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { name: 'phone', viewport: { width: 390, height: 800 }, deviceScaleFactor: 2 },
];

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
  },
);
try {
  await waitForServer(`http://127.0.0.1:${port}/`);
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions);
  for (const view of views) {
    for (const theme of ['light', 'dark'] as const) {
      const page = await browser.newPage({
        viewport: view.viewport,
        deviceScaleFactor: view.deviceScaleFactor,
        colorScheme: theme,
      });
      await page.goto(`http://127.0.0.1:${port}/${process.argv[2] ?? ''}`);
      await page.waitForSelector('html[data-map-state="ready"]', { timeout: 30_000 });
      const file = resolve(outDir, `${view.name}-${theme}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}
