/**
 * `npm run bench:data`: times a cold full data build (empty cache, into a temporary folder) and a
 * rebuild with nothing changed, then reports the bytes of each kind of asset, raw and gzipped.
 * Prints a table and writes test-results/bench-data.json. Figures are recorded in BENCHMARKS.md.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { snapshotFile, type DataManifest } from '../model/data-manifest.ts';
import { buildData, defaultBuildOptions } from './build-data.ts';

const work = await mkdtemp(join(tmpdir(), 'bench-data-'));
// The build's own lines of where its time went ("  open data: 1.2 s"), kept from the cold build.
const steps: string[] = [];
const options = {
  ...defaultBuildOptions(),
  outputDir: join(work, 'data'),
  cacheDir: join(work, 'cache'),
  log: (line: string) => {
    if (/^ {2}\S.*: [\d.]+ s$/.test(line)) steps.push(line.trim());
  },
};

const time = async (run: () => Promise<unknown>) => {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
};
const fullSeconds = await time(() => buildData(options));
const coldSteps = [...steps];
const unchangedSeconds = await time(() => buildData(options));

const manifest = JSON.parse(
  await readFile(join(options.outputDir, 'manifest.json'), 'utf8'),
) as DataManifest;
const sizeOf = async (file: string) => {
  const content = await readFile(join(options.outputDir, file));
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
};
const snapshots = await Promise.all(
  (await readdir(join(options.outputDir, 'control'))).map((name) => sizeOf(join('control', name))),
);
const gzipSizes = snapshots.map((s) => s.gzip).sort((a, b) => a - b);
const heldOnly = await Promise.all(
  manifest.series.dates.flatMap((date, i) =>
    manifest.series.contestedKm2[i] === null
      ? [sizeOf(snapshotFile(date, manifest.series.hashes[i]!))]
      : [],
  ),
);
const [units, basemap] = await Promise.all([
  sizeOf(manifest.files.units),
  sizeOf(manifest.files.basemap),
]);
const results = {
  snapshots: manifest.series.dates.length + manifest.references.length,
  fullBuildSeconds: Number(fullSeconds.toFixed(1)),
  coldSteps,
  unchangedRebuildSeconds: Number(unchangedSeconds.toFixed(2)),
  bytes: {
    manifest: await sizeOf('manifest.json'),
    units,
    basemap,
    unitsPlusBasemapGzip: units.gzip + basemap.gzip,
    figuresJson: await sizeOf(manifest.files.figures),
    csv: await sizeOf(manifest.files.csv),
    oneDateGzip: {
      median: gzipSizes[Math.floor(gzipSizes.length / 2)],
      max: gzipSizes[gzipSizes.length - 1],
      maxWithoutGreyZone: Math.max(...heldOnly.map((s) => s.gzip)),
    },
    allDatesGzip: gzipSizes.reduce((a, b) => a + b, 0),
  },
};

console.table({
  'full build (cold cache)': `${results.fullBuildSeconds} s for ${results.snapshots} snapshots`,
  'rebuild, nothing changed': `${results.unchangedRebuildSeconds} s`,
  'units + basemap (gzip)': `${results.bytes.unitsPlusBasemapGzip} B (units ${units.gzip}, basemap ${basemap.gzip})`,
  'one date (gzip)': `median ${results.bytes.oneDateGzip.median} B, max ${results.bytes.oneDateGzip.max} B, max without grey zone ${results.bytes.oneDateGzip.maxWithoutGreyZone} B`,
  'manifest (gzip)': `${results.bytes.manifest.gzip} B`,
  'figures JSON (gzip)': `${results.bytes.figuresJson.gzip} B`,
  'control-areas.csv': `${results.bytes.csv.raw} B (gzip ${results.bytes.csv.gzip} B)`,
});
console.log(`Cold build, step by step:\n  ${coldSteps.join('\n  ')}`);
await mkdir('test-results', { recursive: true });
await writeFile('test-results/bench-data.json', `${JSON.stringify(results, null, 2)}\n`);
await rm(work, { recursive: true, force: true });
