/**
 * `npx tsx src/tooling/measure-stream.ts [dist folder]`: what the timeline costs on the network,
 * against a built app (default dist/), for BENCHMARKS.md "the series as a stream": the first view's
 * data, a full scrub, a day step inside a month's bundle and across a bundle's edge, and switching
 * a comparison on. Bytes are the files gzipped at level 9, as a CDN sends them.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { softwareWebGlLaunchOptions } from './chromium-launch.ts';

const root = resolve(process.argv[2] ?? 'dist');
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
const gzipOf = new Map<string, number>();
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname));
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  readFile(file).then(
    (body) => {
      gzipOf.set(path, gzipSync(body, { level: 9 }).length);
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    },
    () => {
      response.writeHead(404);
      response.end();
    },
  );
}).listen(Number(process.env.E2E_PORT ?? 4360));
const base = `http://localhost:${Number(process.env.E2E_PORT ?? 4360)}`;
const browser = await chromium.launch(softwareWebGlLaunchOptions);

/** A fresh page whose data requests are counted from `watch()` on. */
async function open(search: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/data/')) seen.push(path);
  });
  await page.goto(`${base}/${search}`);
  await ready(page);
  const firstView = seen;
  const watch = () => {
    seen = [];
    return () => ({
      requests: seen.length,
      gzipKB: Math.round(seen.reduce((t, p) => t + (gzipOf.get(p) ?? 0), 0) / 102.4) / 10,
    });
  };
  return { page, context, firstView, watch };
}

const ready = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.mapState === 'ready', null, {
    timeout: 600_000,
  });

/** Moves the slider by `steps` dates as a reader's arrow key does; ms until the map is ready. */
async function step(page: Page, steps: number) {
  const started = Date.now();
  await page.focus('#timeline-slider');
  for (let i = 0; i < Math.abs(steps); i++)
    await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
  await page.waitForTimeout(50);
  await ready(page);
  return Date.now() - started;
}

const rows: Record<string, unknown>[] = [];
const kb = (paths: string[]) =>
  Math.round(paths.reduce((t, p) => t + (gzipOf.get(p) ?? 0), 0) / 102.4) / 10;

// The first view and a full scrub, one date per animation frame (as src/tooling/bench.ts drags).
{
  const { page, context, firstView, watch } = await open('');
  rows.push({ what: 'first view: data', requests: firstView.length, gzipKB: kb(firstView) });
  const done = watch();
  const started = Date.now();
  await page.evaluate(async () => {
    const slider = document.querySelector<HTMLInputElement>('#timeline-slider')!;
    for (let value = Number(slider.min); value <= Number(slider.max); value++) {
      await new Promise((r) => requestAnimationFrame(r));
      slider.value = String(value);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  await ready(page);
  rows.push({ what: 'full scrub', ...done(), ms: Date.now() - started });
  await context.close();
}

// Day steps: inside a month whose bundle is loaded, and across a month's edge (the next month's
// bundle fetched ahead or not).
for (const [what, date, wait, steps] of [
  ['day step inside a loaded month', '2025-05-14', true, 1],
  ['day step across a month edge, right after the first view', '2025-05-31', false, 1],
  ['day step across a month edge, after idle', '2025-05-31', true, 1],
] as const) {
  const { page, context, watch } = await open(`?date=${date}`);
  if (wait) {
    await step(page, -1);
    await page.waitForTimeout(3000);
    await step(page, 1);
  }
  const done = watch();
  const ms = await step(page, steps);
  rows.push({ what, ...done(), ms });
  await context.close();
}

// Switching a comparison on, by the address (back/forward path), and the sentence it gives.
{
  const { page, context, watch } = await open('?date=2025-08-12&region=UA-14');
  await page.waitForTimeout(3000);
  const done = watch();
  const started = Date.now();
  await page.evaluate(() => {
    history.pushState(null, '', '?date=2025-08-12&since=2025-05-16&region=UA-14');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await page.waitForTimeout(50);
  await ready(page);
  const ms = Date.now() - started;
  const code = [...gzipOf].filter(([p]) => p.includes('change-between'));
  rows.push({ what: 'compare switch (data)', ...done(), ms });
  rows.push({
    what: 'compare switch (code, lazily)',
    requests: code.length,
    gzipKB: Math.round(code.reduce((t, [, n]) => t + n, 0) / 102.4) / 10,
  });
  console.log(await page.textContent('#summary'));
  await context.close();
}
console.table(rows);
await browser.close();
server.close();
