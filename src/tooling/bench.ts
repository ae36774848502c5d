/**
 * `npm run bench`: the project's performance, measured the same way every time, beside the floor
 * that MapLibre itself sets on this machine (BENCHMARKS.md records the figures with this method).
 *
 * 1. Builds the app (the data build is incremental) and a bare MapLibre page from the same
 *    maplibre-gl (src/tooling/floor/), and serves both from one local static server.
 * 2. In headless Chromium (WebGL in software, as in the e2e tests), 1280×800:
 *    - time from navigation to `mapState = "ready"`, cold (a new browser context each run), for the
 *      app and the floor in alternation, without and with 4× CPU throttling; the ratio of medians;
 *    - bytes of the first view by kind, gzipped at level 9 as a CDN would send them;
 *    - scenario switch, one-day step and region select to ready, the step split into its phases,
 *      and the frames the map drew for a switch and a step;
 *    - a full timeline scrub, one date per animation frame as a dragging reader does, in frames per
 *      second, and the JS heap after it (after a garbage collection);
 * 3. the data pipeline's cold full build and its rebuild with nothing changed (bench-data.ts);
 * 4. whether turf, zod or polygon-clipping reached the browser bundle, and the size of embed.js.
 *
 * Prints a table against the budgets (issue 6) and writes test-results/bench.json.
 * `--skip-data` leaves out step 3 (about 90 s) while working on the browser side.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { chromiumLaunchOptions } from './chromium-launch.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const STEP_RUNS = 21;
const VIEWPORT = { width: 1280, height: 800 };
const skipData = process.argv.includes('--skip-data');

const run = (command: string, args: string[]) => {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
};

console.log('Building the app and the bare MapLibre page…');
run('npm', ['run', 'build', '--silent']);
await build({
  configFile: false,
  root: resolve('src/tooling/floor'),
  base: './',
  logLevel: 'warn',
  build: { outDir: resolve('test-results/bench-floor'), emptyOutDir: true, target: 'es2022' },
});

const server = await serve({
  '/app/': resolve('dist'),
  '/floor/': resolve('test-results/bench-floor'),
});
const browser = await chromium.launch({
  ...chromiumLaunchOptions,
  args: [...chromiumLaunchOptions.args, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
try {
  console.log(`First ready, ${RUNS} cold runs each, app and floor in alternation…`);
  const firstReady = { app: [] as number[], floor: [] as number[] };
  const throttled = { app: [] as number[], floor: [] as number[] };
  let firstView: Transfer[] = [];
  for (let i = 0; i < RUNS; i++) {
    for (const which of ['app', 'floor'] as const) {
      const cold = await coldLoad(browser, `${server.url}/${which}/`, 1);
      firstReady[which].push(cold.readyMs);
      if (which === 'app' && i === 0) firstView = cold.transfers;
      throttled[which].push((await coldLoad(browser, `${server.url}/${which}/`, 4)).readyMs);
    }
  }

  console.log('Changes of state, scrub and heap…');
  const interactions = await measureInteractions(browser, `${server.url}/app/`);

  const bytes = bytesByKind(firstView);
  const bundle = await bundleContents();
  const embedJs = gzipSync(await readFile('dist/embed.js'), { level: 9 }).length;
  const data = skipData ? null : await benchData();

  const median = (values: number[]) => summary(values).median;
  const results = {
    measured: new Date().toISOString(),
    runs: RUNS,
    firstReadyMs: {
      app: summary(firstReady.app),
      floor: summary(firstReady.floor),
      ratio: round(median(firstReady.app) / median(firstReady.floor), 2),
    },
    firstReadyThrottled4xMs: {
      app: summary(throttled.app),
      floor: summary(throttled.floor),
      ratio: round(median(throttled.app) / median(throttled.floor), 2),
    },
    firstViewGzipBytes: bytes,
    ...interactions,
    bundle,
    embedJsGzipBytes: embedJs,
    dataPipeline: data,
  };

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const spread = (s: Summary) => `${s.median} (${s.p10}–${s.p90})`;
  const rows: [string, string, string][] = [
    ['first ready, app (ms)', spread(results.firstReadyMs.app), ''],
    ['first ready, bare MapLibre (ms)', spread(results.firstReadyMs.floor), ''],
    [
      'first ready, app ÷ floor',
      `${results.firstReadyMs.ratio}×`,
      verdict(results.firstReadyMs.ratio <= 1.3, 'within 1.3×'),
    ],
    ['first ready 4× throttled, app (ms)', spread(results.firstReadyThrottled4xMs.app), ''],
    ['first ready 4× throttled, floor (ms)', spread(results.firstReadyThrottled4xMs.floor), ''],
    [
      'first ready 4× throttled, app ÷ floor',
      `${results.firstReadyThrottled4xMs.ratio}×`,
      verdict(results.firstReadyThrottled4xMs.ratio <= 1.3, 'within 1.3×'),
    ],
    ['app JS (without maplibre-gl)', kb(bytes.appJs), verdict(bytes.appJs < 60 * 1024, '< 60 KB')],
    ['MapLibre JS + worker', kb(bytes.maplibreJs + bytes.maplibreWorker), ''],
    ['CSS', kb(bytes.css), ''],
    ['HTML', kb(bytes.html), ''],
    ['first-view data', kb(bytes.data), verdict(bytes.data < 150 * 1024, '< 150 KB')],
    ['first view, everything', kb(bytes.total), ''],
    ['embed.js (host pages)', kb(embedJs), verdict(embedJs < 3 * 1024, '< 3 KB')],
    [
      'scenario switch, same date (ms)',
      spread(results.scenarioSwitchSameDateMs),
      verdict(results.scenarioSwitchSameDateMs.median < 50, '< 50 ms'),
    ],
    ['  map frames drawn for it', spread(results.mapFrames.scenarioSwitchSameDate), ''],
    ['scenario switch with its date (ms)', spread(results.scenarioSwitchMs), ''],
    ['  map frames drawn for it', spread(results.mapFrames.scenarioSwitch), ''],
    [
      'one-day step (ms)',
      spread(results.oneDayStepMs),
      verdict(results.oneDayStepMs.median < 100, '< 100 ms'),
    ],
    ['  map frames drawn for it', spread(results.mapFrames.oneDayStep), ''],
    ...Object.entries(results.phasesMs).map(
      ([name, s]) => [`  of which ${name} (ms)`, spread(s), ''] as [string, string, string],
    ),
    ['region select (ms)', spread(results.regionSelectMs), ''],
    [
      `full scrub, ${results.scrub.dates} dates (fps)`,
      String(results.scrub.fps),
      verdict(results.scrub.fps >= 30, '≥ 30 fps'),
    ],
    ['  scrub, longest frame (ms)', String(results.scrub.longestFrameMs), ''],
    [
      'JS heap after the scrub',
      `${(results.heapAfterScrubBytes / 2 ** 20).toFixed(1)} MB`,
      verdict(results.heapAfterScrubBytes < 150 * 2 ** 20, '< 150 MB'),
    ],
    [
      'no turf, zod or polygon-clipping in the bundle',
      bundle.clean ? 'none' : bundle.found.join(', '),
      verdict(bundle.clean, 'none'),
    ],
    ...(data
      ? ([
          ['data: full build, cold cache (s)', String(data.fullBuildSeconds), ''],
          ['data: rebuild, nothing changed (s)', String(data.unchangedRebuildSeconds), ''],
        ] as [string, string, string][])
      : []),
  ];
  console.table(rows.map(([figure, measured, budget]) => ({ figure, measured, budget })));
  await mkdir('test-results', { recursive: true });
  await writeFile('test-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('Written to test-results/bench.json');
} finally {
  await browser.close();
  server.stop();
}

// ── Loading ───────────────────────────────────────────────────────────────────────────────────

interface Transfer {
  url: string;
  gzip: number;
}

/**
 * Opens `url` in a new, empty browser context and returns the milliseconds from navigation to the
 * readiness flag turning "ready", and what was transferred until then.
 */
async function coldLoad(browser: Browser, url: string, cpuSlowdown: number) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.addInitScript(() => {
    // The document, not its <html>: this runs before the parser has made the element.
    new MutationObserver((_, observer) => {
      if (document.documentElement.dataset.mapState !== 'ready') return;
      (window as unknown as { readyAt: number }).readyAt = performance.now();
      observer.disconnect();
    }).observe(document, { attributes: true, attributeFilter: ['data-map-state'], subtree: true });
  });
  const pending: Promise<Transfer | null>[] = [];
  page.on('response', (response) =>
    pending.push(
      response.body().then(
        (body) => ({ url: response.url(), gzip: gzipSync(body, { level: 9 }).length }),
        () => null,
      ),
    ),
  );
  await page.goto(url);
  await page.waitForSelector('html[data-map-state="ready"]', { timeout: 120_000 });
  const readyMs = await page.evaluate(() => (window as unknown as { readyAt: number }).readyAt);
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
  const transfers = (await Promise.all(pending)).filter(
    (t): t is Transfer => t !== null && (t.url === page.url() || asked.has(t.url)),
  );
  await context.close();
  return { readyMs: round(readyMs, 0), transfers };
}

/** The first view's gzipped bytes by kind. */
function bytesByKind(transfers: Transfer[]) {
  // Which kind a file is, by the names the build gives; the first match wins. (Inside the
  // function: the script's top level runs before a module-level constant below it is set.)
  const KINDS = [
    ['data', /\/data\//],
    ['maplibreWorker', /maplibre-gl-worker/],
    ['maplibreJs', /maplibre-gl-[\w-]+\.js$/],
    ['appJs', /\.js$/],
    ['css', /\.css$/],
    ['html', /(\/|\.html)$/],
  ] as const;
  const kinds = { html: 0, appJs: 0, maplibreJs: 0, maplibreWorker: 0, css: 0, data: 0, other: 0 };
  for (const { url, gzip } of transfers) {
    const path = new URL(url).pathname;
    kinds[KINDS.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other'] += gzip;
  }
  return { ...kinds, total: Object.values(kinds).reduce((a, b) => a + b, 0) };
}

/** Build-time libraries must never ship: their telltale strings, searched in the built JS. */
async function bundleContents() {
  const telltales: Record<string, string> = {
    zod: 'ZodError',
    turf: '@turf/',
    'polygon-clipping': 'SweepEvent',
    mapshaper: 'mapshaper',
  };
  const found = new Set<string>();
  for (const name of await readdir('dist/assets')) {
    if (!/\.m?js$/.test(name)) continue;
    const code = await readFile(join('dist/assets', name), 'utf8');
    for (const [library, telltale] of Object.entries(telltales))
      if (code.includes(telltale)) found.add(`${library} in ${name}`);
  }
  return { clean: found.size === 0, found: [...found] };
}

// ── Changes of state ──────────────────────────────────────────────────────────────────────────

type BenchWindow = Window & {
  untilReady: () => Promise<number>;
  /** How many frames the map drew between the last untilReady and its "ready". */
  framesOfLast: number;
};

/** The frames the map drew for the change timed last. */
async function framesOfLast(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as BenchWindow).framesOfLast);
}

async function measureInteractions(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(defineUntilReady);
  await page.goto(url);
  await page.waitForSelector('html[data-map-state="ready"]', { timeout: 60_000 });

  const scenarioIds = await page.$$eval('input[name="scenario"]', (inputs) =>
    inputs.map((i) => (i as HTMLInputElement).value),
  );
  const scenario: number[] = [];
  const scenarioFrames: number[] = [];
  for (let i = 0; i < STEP_RUNS; i++) {
    const id = scenarioIds[(i % (scenarioIds.length - 1)) + 1]!;
    await timedClick(page, `input[value="held-on-date"]`);
    await toLatest(page);
    scenario.push(await timedClick(page, `input[value="${id}"]`));
    scenarioFrames.push(await framesOfLast(page));
  }

  // Two scenarios measured on the same day: switching between them changes overlays, not the date.
  const pair = await page.evaluate(async () => {
    const manifest = await (await fetch('data/manifest.json')).json();
    const editorial = await (await fetch(`data/${manifest.editorial.file}`)).json();
    const dated = (editorial.scenarios as { id: string; date?: string }[]).filter((s) => s.date);
    for (const a of dated) {
      const b = dated.find((other) => other !== a && other.date === a.date);
      if (b) return [a.id, b.id];
    }
    throw new Error('no two scenarios share a date');
  });
  const sameDate: number[] = [];
  const sameDateFrames: number[] = [];
  await timedClick(page, `input[value="${pair[0]}"]`);
  for (let i = 0; i < STEP_RUNS; i++) {
    sameDate.push(await timedClick(page, `input[value="${pair[(i + 1) % 2]}"]`));
    sameDateFrames.push(await framesOfLast(page));
  }

  await timedClick(page, `input[value="held-on-date"]`);
  await toLatest(page);
  await page.evaluate(() => performance.clearMeasures());
  const dayStep: number[] = [];
  const dayStepFrames: number[] = [];
  for (let i = 0; i < STEP_RUNS; i++) {
    dayStep.push(await timedStep(page, -1));
    dayStepFrames.push(await framesOfLast(page));
  }
  const stepPhases = await phases(page);

  const regionSelect: number[] = [];
  const isoCodes = await page.$$eval('.region-list button', (buttons) =>
    buttons.map((b) => (b as HTMLElement).dataset.iso!),
  );
  for (let i = 0; i < STEP_RUNS; i++)
    regionSelect.push(
      await timedClick(page, `.region-list button[data-iso="${isoCodes[i % isoCodes.length]}"]`),
    );

  const scrub = await fullScrub(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await context.close();
  return {
    scenarioSwitchMs: summary(scenario),
    scenarioSwitchSameDateMs: summary(sameDate),
    oneDayStepMs: summary(dayStep),
    /** Frames the map drew for each change, till ready. */
    mapFrames: {
      scenarioSwitch: summary(scenarioFrames),
      scenarioSwitchSameDate: summary(sameDateFrames),
      oneDayStep: summary(dayStepFrames),
    },
    regionSelectMs: summary(regionSelect),
    /** Where a one-day step spends its time: DOM panels, fetching and decoding, MapLibre drawing. */
    phasesMs: stepPhases,
    scrub,
    heapAfterScrubBytes: usedSize,
  };
}

/**
 * Drags the timeline from its first date to its last, one date per animation frame, without
 * waiting for the map: what a reader's drag does. Frames per second is how often the page could
 * paint meanwhile; the scrub ends when the last date is drawn.
 */
async function fullScrub(page: Page) {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(async () => {
    const slider = document.querySelector<HTMLInputElement>('#timeline-slider')!;
    const untilReady = (window as unknown as BenchWindow).untilReady;
    const first = Number(slider.min);
    const last = Number(slider.max);
    const atStart = untilReady();
    slider.value = String(first);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await atStart;
    const frameTimes: number[] = [];
    const started = performance.now();
    for (let value = first + 1; value <= last; value++) {
      frameTimes.push(await new Promise<number>((resolve) => requestAnimationFrame(resolve)));
      slider.value = String(value);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await untilReady();
    const elapsed = performance.now() - started;
    const gaps = frameTimes.slice(1).map((t, i) => t - frameTimes[i]!);
    return {
      dates: last - first + 1,
      seconds: Math.round(elapsed) / 1000,
      fps: Math.round((frameTimes.length / elapsed) * 10_000) / 10,
      longestFrameMs: Math.round(Math.max(...gaps)),
    };
  });
}

/** The app's User Timing measures (src/app/app.ts), by phase. */
async function phases(page: Page): Promise<Record<string, Summary>> {
  const byName = await page.evaluate(() => {
    const found: Record<string, number[]> = {};
    for (const entry of performance.getEntriesByType('measure'))
      if (entry.name.startsWith('state:')) (found[entry.name] ??= []).push(entry.duration);
    return found;
  });
  return Object.fromEntries(Object.entries(byName).map(([name, v]) => [name, summary(v)]));
}

/**
 * In the page before the app starts: `untilReady` resolves with the milliseconds until the flag is
 * next "ready", and leaves the number of frames the map drew meanwhile in `framesOfLast`. A frame
 * is counted where MapLibre begins one: clearing the colour of the page's canvas (the default
 * framebuffer). In software GL every frame costs tens of milliseconds, so their number matters.
 */
function defineUntilReady(): void {
  const bench = window as unknown as BenchWindow;
  let frames = 0;
  const clear = WebGL2RenderingContext.prototype.clear;
  WebGL2RenderingContext.prototype.clear = function (this: WebGL2RenderingContext, mask: number) {
    if (mask & this.COLOR_BUFFER_BIT && this.getParameter(this.FRAMEBUFFER_BINDING) === null)
      frames += 1;
    clear.call(this, mask);
  };
  bench.untilReady = () => {
    const html = document.documentElement;
    const start = performance.now();
    const framesBefore = frames;
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (html.dataset.mapState === 'ready') {
          observer.disconnect();
          bench.framesOfLast = frames - framesBefore;
          resolve(performance.now() - start);
        }
      });
      observer.observe(html, { attributes: true, attributeFilter: ['data-map-state'] });
    });
  };
}

/** Clicks a scenario radio or a region button and returns the milliseconds until ready. */
async function timedClick(page: Page, selector: string): Promise<number> {
  return page.evaluate((selector) => {
    const target = document.querySelector<HTMLInputElement>(selector)!;
    // Choosing what is already chosen changes nothing, so nothing would become ready.
    if (target.checked || target.getAttribute('aria-pressed') === 'true') return 0;
    const done = (window as unknown as BenchWindow).untilReady();
    target.click();
    return done;
  }, selector);
}

/** Moves the timeline by `step` dates, as the arrow keys do, and times it to ready. */
async function timedStep(page: Page, step: number): Promise<number> {
  return page.evaluate((step) => {
    const slider = document.querySelector<HTMLInputElement>('#timeline-slider')!;
    const done = (window as unknown as BenchWindow).untilReady();
    slider.value = String(Number(slider.value) + step);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    return done;
  }, step);
}

async function toLatest(page: Page): Promise<void> {
  const offset = await page.$eval('#timeline-slider', (s) => {
    const slider = s as HTMLInputElement;
    return Number(slider.value) - Number(slider.max);
  });
  if (offset !== 0) await timedStep(page, -offset);
}

// ── Data pipeline ─────────────────────────────────────────────────────────────────────────────

async function benchData(): Promise<{ fullBuildSeconds: number; unchangedRebuildSeconds: number }> {
  console.log('Data pipeline: a cold full build and a rebuild with nothing changed…');
  run('npx', ['tsx', 'src/pipeline/bench-data.ts']);
  return JSON.parse(await readFile('test-results/bench-data.json', 'utf8'));
}

// ── Helpers ───────────────────────────────────────────────────────────────────────────────────

interface Summary {
  median: number;
  p10: number;
  p90: number;
  max: number;
}

function summary(values: number[]): Summary {
  const sorted = values.toSorted((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: round(at(0.5)), p10: round(at(0.1)), p90: round(at(0.9)), max: round(at(1)) };
}

function round(value: number, digits = 1): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

function verdict(met: boolean, budget: string): string {
  return `${budget}: ${met ? 'met' : 'NOT met'}`;
}

/** A static server for folders under URL prefixes, without compression: sizes are gzipped here. */
async function serve(roots: Record<string, string>) {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.txt': 'text/plain; charset=utf-8',
  };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = Object.keys(roots).find((p) => path.startsWith(p));
    if (!prefix) return response.writeHead(404).end();
    const root = roots[prefix]!;
    const file = normalize(join(root, path.slice(prefix.length) || 'index.html'));
    if (!file.startsWith(root)) return response.writeHead(403).end();
    try {
      const body = await readFile(file.endsWith('/') ? join(file, 'index.html') : file);
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
