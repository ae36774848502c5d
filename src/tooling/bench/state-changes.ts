import type { Browser, Page } from '@playwright/test';
import { VIEWPORT } from './first-ready.ts';
import { fullScrub } from './scrub.ts';
import { summary, type Summary } from './summary.ts';
import { defineUntilReady, framesOfLast, timedClick, timedStep, toLatest } from './until-ready.ts';

const STEP_RUNS = 21;

/**
 * In one page, in this order: scenario switches (with their dates, then two scenarios of the same
 * date), one-day steps and their phases, region selects, a full scrub, and the JS heap after it
 * (after a garbage collection).
 */
export async function measureStateChanges(browser: Browser, url: string) {
  console.log('Changes of state, scrub and heap…');
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(defineUntilReady);
  await page.goto(url);
  await page.waitForSelector('html[data-map-state="ready"]', { timeout: 60_000 });
  // Changes are timed on the interactive map: MapLibre, once it has taken over from the SVG map.
  await page.waitForSelector('html[data-map-renderer="maplibre"]', { timeout: 60_000 });

  const scenario = await scenarioSwitches(page);
  const sameDate = await sameDateSwitches(page);
  const dayStep = await daySteps(page);
  const stepPhases = await phases(page);
  const regionSelect = await regionSelects(page);
  const scrub = await fullScrub(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await context.close();
  return {
    scenarioSwitchMs: summary(scenario.ms),
    scenarioSwitchSameDateMs: summary(sameDate.ms),
    oneDayStepMs: summary(dayStep.ms),
    /** Frames the map drew for each change, till ready. */
    mapFrames: {
      scenarioSwitch: summary(scenario.frames),
      scenarioSwitchSameDate: summary(sameDate.frames),
      oneDayStep: summary(dayStep.frames),
    },
    regionSelectMs: summary(regionSelect),
    /** Where a one-day step spends its time: DOM panels, fetching and decoding, MapLibre drawing. */
    phasesMs: stepPhases,
    scrub,
    heapAfterScrubBytes: usedSize,
  };
}

interface Timed {
  ms: number[];
  frames: number[];
}

/** From "held on date" at the latest date to each other scenario in turn, with its own date. */
async function scenarioSwitches(page: Page): Promise<Timed> {
  const scenarioIds = await page.$$eval('input[name="scenario"]', (inputs) =>
    inputs.map((i) => (i as HTMLInputElement).value),
  );
  const timed: Timed = { ms: [], frames: [] };
  for (let i = 0; i < STEP_RUNS; i++) {
    const id = scenarioIds[(i % (scenarioIds.length - 1)) + 1]!;
    await timedClick(page, `input[value="held-on-date"]`);
    await toLatest(page);
    timed.ms.push(await timedClick(page, `input[value="${id}"]`));
    timed.frames.push(await framesOfLast(page));
  }
  return timed;
}

/** Two scenarios measured on the same day: switching between them changes overlays, not the date. */
async function sameDateSwitches(page: Page): Promise<Timed> {
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
  const timed: Timed = { ms: [], frames: [] };
  await timedClick(page, `input[value="${pair[0]}"]`);
  for (let i = 0; i < STEP_RUNS; i++) {
    timed.ms.push(await timedClick(page, `input[value="${pair[(i + 1) % 2]}"]`));
    timed.frames.push(await framesOfLast(page));
  }
  return timed;
}

/** One day back at a time from the latest date, after clearing the app's earlier measures. */
async function daySteps(page: Page): Promise<Timed> {
  await timedClick(page, `input[value="held-on-date"]`);
  await toLatest(page);
  await page.evaluate(() => performance.clearMeasures());
  const timed: Timed = { ms: [], frames: [] };
  for (let i = 0; i < STEP_RUNS; i++) {
    timed.ms.push(await timedStep(page, -1));
    timed.frames.push(await framesOfLast(page));
  }
  return timed;
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

/** Each region of the list in turn. */
async function regionSelects(page: Page): Promise<number[]> {
  const isoCodes = await page.$$eval('.region-list button', (buttons) =>
    buttons.map((b) => (b as HTMLElement).dataset.iso!),
  );
  const ms: number[] = [];
  for (let i = 0; i < STEP_RUNS; i++)
    ms.push(
      await timedClick(page, `.region-list button[data-iso="${isoCodes[i % isoCodes.length]}"]`),
    );
  return ms;
}
