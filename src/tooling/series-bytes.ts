/**
 * `npx tsx src/tooling/series-bytes.ts`: what a full scrub of the timeline would download, gzipped
 * at level 9 as a CDN sends it, for each way of shipping the daily series (BENCHMARKS.md, "the series
 * as a stream"). Reads the snapshots of the last `npm run data`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { snapshotFile, type DataManifest } from '../model/data-manifest.ts';
import { unpackTopology, type PackedTopology } from '../model/packed-topology.ts';
import { controlBundles, type DayTopology } from '../pipeline/output/control-bundles.ts';
import { paths } from '../pipeline/paths.ts';

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
const manifest = JSON.parse(
  await readFile(join(paths.outputDir, 'manifest.json'), 'utf8'),
) as DataManifest;
const texts = await Promise.all(
  manifest.series.dates.map((date, i) =>
    readFile(join(paths.outputDir, snapshotFile(date, manifest.series.hashes[i]!)), 'utf8'),
  ),
);
const days: DayTopology[] = manifest.series.dates.map((date, i) => ({
  date,
  // Published packed (packed-topology.ts): the bundles are made from TopoJSON.
  topology: unpackTopology(JSON.parse(texts[i]!) as PackedTopology),
}));

/** Days grouped by a key (month, ISO week…), in order. */
const groupsOf = (key: (date: string) => string) => {
  const groups = new Map<string, DayTopology[]>();
  for (const day of days) groups.set(key(day.date), [...(groups.get(key(day.date)) ?? []), day]);
  return [...groups.values()];
};
const month = (date: string) => date.slice(0, 7);
/** Monday-based week number since 1970, split at month ends so bundles never straddle one. */
const week = (date: string) =>
  `${month(date)}:${Math.floor((Date.parse(`${date}T00:00:00Z`) / 86_400_000 + 3) / 7)}`;

const rows: { shipping: string; requests: number; gzipKB: number; largestKB: number }[] = [];
const add = (shipping: string, files: string[]) =>
  rows.push({
    shipping,
    requests: files.length,
    gzipKB: Math.round(files.reduce((total, f) => total + gzip(f), 0) / 102.4) / 10,
    largestKB: Math.round(Math.max(...files.map(gzip)) / 102.4) / 10,
  });

add('one file per day (before)', texts);
add(
  'monthly, days concatenated',
  groupsOf(month).map((g) => JSON.stringify(g)),
);
for (const [name, key] of [
  ['weekly', week],
  ['monthly', month],
] as const) {
  const files: string[] = [];
  for (const group of groupsOf(key))
    for (const bundle of await controlBundles(group)) files.push(JSON.stringify(bundle.topology));
  add(`${name}, one topology with shared arcs`, files);
}
console.table(rows);
