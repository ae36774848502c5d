/**
 * `npm run bench`: the project's performance, measured the same way every time, beside the floor
 * that MapLibre itself sets on this machine (BENCHMARKS.md records the figures with this method).
 *
 * 1. Builds the app (the data build is incremental) and a bare MapLibre page from the same
 *    maplibre-gl (src/tooling/floor/), and serves both from one local static server.
 * 2. In headless Chromium (WebGL in software, as in the e2e tests), each measurement in bench/:
 *    - first-ready: time from navigation to `mapState = "ready"`, cold, for the app and the floor
 *      in alternation, without and with 4× CPU throttling (1280×800), each load arriving from a
 *      page on another site (`localhost` for `127.0.0.1`) once the browser has settled; the app's
 *      first view is the SVG map's, and the time from it until MapLibre has taken over
 *      (`mapRenderer = "maplibre"`) is measured too; and the first view's bytes by kind, gzipped
 *      at level 9 as a CDN would send them;
 *    - state-changes: scenario switch, one-day step and region select to ready, the step split into
 *      its phases, the frames the map drew for a switch and a step, a full timeline scrub in frames
 *      per second, and the JS heap after it;
 *    - stream: the timeline on the network: the first view's data, a full scrub's requests and
 *      gzipped bytes, a day step inside a month's bundle and across a bundle's edge, a compare switch;
 *    - layout-shift: cumulative layout shift of the app on a desktop and on a throttled phone, and
 *      of the demo article, served from a second origin, scrolled through with its maps;
 * 3. bundle: whether turf, zod or polygon-clipping reached the browser bundle, and embed.js's size;
 * 4. data: the data pipeline's cold full build and its rebuild with nothing changed (bench-data.ts).
 *
 * Prints a table against the budgets (issues 6 and 18) and writes test-results/bench.json.
 * `--skip-data` leaves out the data pipeline (about 90 s) while working on the browser side;
 * `--only=<measurement>[,…]` runs only those named. BENCH_RUNS sets the cold runs (7).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { benchTable, type BenchResults } from './bench/bench-table.ts';
import { measureBundle } from './bench/bundle-contents.ts';
import { measureDataPipeline } from './bench/data-pipeline.ts';
import { ARRIVAL_PAGE, measureFirstReady } from './bench/first-ready.ts';
import { measureLayoutShift } from './bench/layout-shift.ts';
import { measureStateChanges } from './bench/state-changes.ts';
import { measureStream } from './bench/stream.ts';
import { softwareWebGlLaunchOptions } from './chromium-launch.ts';
import { runCommand } from './run-command.ts';
import { serveStatic } from './static-server.ts';

const MEASUREMENTS = [
  'first-ready',
  'state-changes',
  'stream',
  'layout-shift',
  'bundle',
  'data',
] as const;
type Measurement = (typeof MEASUREMENTS)[number];

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(
    `BENCH_RUNS: expected a whole number of runs ≥ 1, got "${process.env.BENCH_RUNS}"`,
  );
const selected = chosenMeasurements(process.argv.slice(2));

console.log('Building the app and the bare MapLibre page…');
runCommand('npm', ['run', 'build', '--silent']);
if (selected.has('first-ready'))
  await build({
    configFile: false,
    root: resolve('src/tooling/floor'),
    base: './',
    logLevel: 'warn',
    build: { outDir: resolve('test-results/bench-floor'), emptyOutDir: true, target: 'es2022' },
  });

const server = await serveStatic({
  folders: { '/app/': 'dist', '/floor/': 'test-results/bench-floor' },
  pages: { '/arrival': async () => ARRIVAL_PAGE },
});
// The same server under another name is another site: the page a reader leaves for the map.
const arrival = `${server.url.replace('//127.0.0.1:', '//localhost:')}/arrival`;
const browser = await chromium.launch(softwareWebGlLaunchOptions);
try {
  const results: BenchResults = {
    measured: new Date().toISOString(),
    runs: RUNS,
    ...(selected.has('first-ready') &&
      (await measureFirstReady(browser, server.url, arrival, RUNS))),
    ...(selected.has('state-changes') &&
      (await measureStateChanges(browser, `${server.url}/app/`))),
    ...(selected.has('stream') && (await measureStream(browser, `${server.url}/app/`))),
    ...(selected.has('bundle') && (await measureBundle())),
    ...(selected.has('layout-shift') && {
      cumulativeLayoutShift: await measureLayoutShift(browser, `${server.url}/app`, RUNS),
    }),
    dataPipeline: selected.has('data') ? await measureDataPipeline() : null,
  };
  console.table(benchTable(results));
  await mkdir('test-results', { recursive: true });
  await writeFile('test-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('Written to test-results/bench.json');
} finally {
  await browser.close();
  server.stop();
}

/** The measurements the command line asks for: all by default. */
function chosenMeasurements(args: string[]): Set<Measurement> {
  const only = args.find((arg) => arg.startsWith('--only='));
  const named = only ? only.slice('--only='.length).split(',') : [...MEASUREMENTS];
  for (const name of named)
    if (!(MEASUREMENTS as readonly string[]).includes(name))
      throw new Error(`--only: unknown measurement "${name}"; expected ${MEASUREMENTS.join(', ')}`);
  return new Set(
    (named as Measurement[]).filter((name) => !(name === 'data' && args.includes('--skip-data'))),
  );
}
