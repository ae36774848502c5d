/**
 * `npm run bench:ui`: serves the production build and measures, in headless Chromium, how long a
 * scenario switch, a one-day timeline step and a region selection take to reach
 * `mapState = "ready"` (DESIGN.md), and the size of embed.js. Each timing is the median and spread
 * of many runs in one page; it prints a table and writes test-results/bench-ui.json. Run
 * `npm run build` first.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/chromium.ts';
import { startPreview } from './preview-server.ts';

const port = 4175;

const RUNS = 21;

const server = await startPreview(port);
try {
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(defineUntilReady);
  await page.goto(`${server.url}/`);
  await page.waitForSelector('html[data-map-state="ready"]', { timeout: 30_000 });

  const scenarioIds = await page.$$eval('input[name="scenario"]', (inputs) =>
    inputs.map((i) => (i as HTMLInputElement).value),
  );
  const scenario: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const id = scenarioIds[(run % (scenarioIds.length - 1)) + 1]!;
    // Back to the timeline scenario on the same date, so each switch changes filters only.
    await timedClick(page, `input[value="held-on-date"]`);
    await toLatest(page);
    scenario.push(await timedClick(page, `input[value="${id}"]`));
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
  const overlaySwitch: number[] = [];
  await timedClick(page, `input[value="${pair[0]}"]`);
  for (let run = 0; run < RUNS; run++)
    overlaySwitch.push(await timedClick(page, `input[value="${pair[(run + 1) % 2]}"]`));

  await timedClick(page, `input[value="held-on-date"]`);
  await toLatest(page);
  const dayStep: number[] = [];
  for (let run = 0; run < RUNS; run++) dayStep.push(await timedStep(page, -1));

  // Selecting a region changes one filter and the panel: close to one frame of drawing, the
  // floor under every other change on this machine.
  const regionSelect: number[] = [];
  const isoCodes = await page.$$eval('.region-list button', (buttons) =>
    buttons.map((b) => (b as HTMLElement).dataset.iso!),
  );
  for (let run = 0; run < RUNS; run++)
    regionSelect.push(
      await timedClick(page, `.region-list button[data-iso="${isoCodes[run % isoCodes.length]}"]`),
    );

  const phases = await page.evaluate(() => {
    const byName: Record<string, number[]> = {};
    for (const entry of performance.getEntriesByType('measure')) {
      if (!entry.name.startsWith('state:')) continue;
      (byName[entry.name] ??= []).push(entry.duration);
    }
    return byName;
  });
  const embedScript = await readFile('dist/embed.js');
  const results = {
    measured: new Date().toISOString(),
    runs: RUNS,
    embedJsBytes: { raw: embedScript.length, gzipped: gzipSync(embedScript, { level: 9 }).length },
    scenarioSwitchMs: summary(scenario),
    scenarioSwitchSameDateMs: summary(overlaySwitch),
    oneDayStepMs: summary(dayStep),
    regionSelectMs: summary(regionSelect),
    /** Where every change above spent its time: DOM panels, fetching and decoding, MapLibre drawing. */
    phasesMs: Object.fromEntries(
      Object.entries(phases).map(([name, values]) => [name, summary(values)]),
    ),
  };
  console.table({
    'scenario switch (ms)': results.scenarioSwitchMs,
    'scenario switch, same date (ms)': results.scenarioSwitchSameDateMs,
    'one-day step (ms)': results.oneDayStepMs,
    'region select (ms)': results.regionSelectMs,
    ...Object.fromEntries(
      Object.entries(results.phasesMs).map(([name, value]) => [`  ${name} (ms)`, value]),
    ),
  });
  console.log(
    `embed.js: ${results.embedJsBytes.raw} bytes, ${results.embedJsBytes.gzipped} gzipped (budget 3 KB)`,
  );
  await mkdir('test-results', { recursive: true });
  await writeFile('test-results/bench-ui.json', `${JSON.stringify(results, null, 2)}\n`);
  await browser.close();
} finally {
  server.stop();
}

/**
 * Defined in the page before the app starts: resolves with the milliseconds from now until the
 * readiness flag next turns "ready".
 */
function defineUntilReady(): void {
  (window as unknown as { untilReady: () => Promise<number> }).untilReady = () => {
    const html = document.documentElement;
    const start = performance.now();
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (html.dataset.mapState === 'ready') {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      });
      observer.observe(html, { attributes: true, attributeFilter: ['data-map-state'] });
    });
  };
}

type BenchWindow = Window & { untilReady: () => Promise<number> };

/** Clicks `selector` (a scenario radio or a region button) and returns the milliseconds until the page is ready. */
async function timedClick(page: Page, selector: string): Promise<number> {
  return page.evaluate((selector) => {
    const radio = document.querySelector<HTMLInputElement>(selector)!;
    // Choosing what is already chosen changes nothing, so nothing would become ready.
    if (radio.checked || radio.getAttribute('aria-pressed') === 'true') return 0;
    const done = (window as unknown as BenchWindow).untilReady();
    radio.click();
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

/** Puts the timeline on its latest date, if it is not there already. */
async function toLatest(page: Page): Promise<void> {
  const index = await page.$eval('#timeline-slider', (s) => {
    const slider = s as HTMLInputElement;
    return Number(slider.value) - Number(slider.max);
  });
  if (index !== 0) await timedStep(page, -index);
}

function summary(values: number[]) {
  const sorted = values.toSorted((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (v: number) => Math.round(v * 10) / 10;
  return { median: round(at(0.5)), p10: round(at(0.1)), p90: round(at(0.9)), max: round(at(1)) };
}
