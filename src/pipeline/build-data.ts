import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { snapshotFile, type ControlFigures, type DataManifest } from '../model/data-manifest.ts';
import { BASEMAP_BOX, basemapTopology } from './boundaries/basemap-topology.ts';
import { loadUnits, type Unit } from './boundaries/load-units.ts';
import { unitsTopology } from './boundaries/units-topology.ts';
import { round1 } from './output/round-to.ts';
import { codeVersion } from './code-version.ts';
import { checkEditorial, type EditorialLocation } from './editorial/check-editorial.ts';
import { loadControlSource } from './control/control-source.ts';
import { snapshotDateOf } from './control/dates.ts';
import { listDailyFiles } from './control/list-daily-files.ts';
import { processSnapshot, type SnapshotResult } from './control/process-snapshot.ts';
import { readHeldFile } from './control/read-held-file.ts';
import { readLayeredPolygons } from './control/read-layered-file.ts';
import { bboxOf } from './geometry/bbox-of.ts';
import { intersect, union } from './geometry/intersect.ts';
import type { MultiPolygon } from './geometry/types.ts';
import { controlAreasCsv } from './output/control-areas-csv.ts';
import {
  editorialForBrowser,
  scenarioAreasCsv,
  scenarioGeoJson,
} from './output/scenario-outputs.ts';
import { featuresToTopology } from './topology/features-to-topology.ts';
import { simplifyPolygons } from './topology/simplify-polygons.ts';
import { evaluateEditorial } from './editorial/evaluate-editorial.ts';
import type { Editorial } from './editorial/editorial-schema.ts';
import { contentHash, StagedOutput } from './output/staged-output.ts';
import { PipelineError } from './pipeline-error.ts';
import { controlDataDir, paths } from './paths.ts';

export interface BuildOptions {
  controlDir: string;
  outputDir: string;
  cacheDir: string;
  controlSourceFile: string;
  unitsFile: string;
  /** Where the editorial model lives; checked against the seeds and the timeline on every build. */
  editorial?: EditorialLocation;
  log: (line: string) => void;
}

/** Everything one snapshot's result depends on, read once, so its cache key is cheap to form. */
interface SnapshotJob {
  date: string;
  read: () => MultiPolygon;
  readContested: () => MultiPolygon;
  inputHash: string;
}

const sha256 = (...parts: string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/**
 * `npm run data`: validates the inputs and writes the runtime data the browser loads. Returns false
 * when the output was already up to date.
 */
export async function buildData(options: BuildOptions): Promise<boolean> {
  const { log } = options;
  const started = Date.now();
  const source = await loadControlSource(options.controlSourceFile);
  const { units, sha256: unitsHash } = await loadUnits(options.unitsFile);

  const dailyFolder = join(options.controlDir, source.daily.folder);
  const { files: dailyFiles, missing } = await listDailyFiles(
    dailyFolder,
    source.daily.fileName,
    source.daily.knownGaps,
  );
  const texts = new Map<string, string>();
  const readText = async (file: string) => {
    if (!texts.has(file)) {
      try {
        texts.set(file, await readFile(file, 'utf8'));
      } catch (error) {
        throw new PipelineError(file, `cannot be read (${(error as NodeJS.ErrnoException).code})`);
      }
    }
    return texts.get(file)!;
  };
  await Promise.all(dailyFiles.map((f) => readText(f.path)));

  // Grey zone: each layered file belongs to the first daily snapshot that shows its moment.
  const contestedFileByDate = new Map<string, string>();
  const layersFolder = source.layers && join(options.controlDir, source.layers.folder);
  if (source.layers && layersFolder) {
    const names = await readdir(layersFolder).catch(() => {
      throw new PipelineError(
        layersFolder,
        'layered control folder not found; see data/control-source.json "layers"',
      );
    });
    for (const name of names.filter((n) => n.endsWith('.geojson')).sort()) {
      const seconds = Number(name.replace(/\.geojson$/, ''));
      if (!Number.isInteger(seconds)) {
        throw new PipelineError(
          join(layersFolder, name),
          'expected a name of the form <unix-seconds>.geojson',
        );
      }
      const date = snapshotDateOf(new Date(seconds * 1000), source.daily.snapshotTimeUtc);
      if (dailyFiles.some((f) => f.date === date))
        contestedFileByDate.set(date, join(layersFolder, name));
    }
  }
  const contestedKeys = source.layers ? [source.layers.contestedKey] : [];

  const jobs: SnapshotJob[] = [];
  for (const daily of dailyFiles) {
    const text = texts.get(daily.path)!;
    const contestedFile = contestedFileByDate.get(daily.date);
    const contestedText = contestedFile ? await readText(contestedFile) : '';
    jobs.push({
      date: daily.date,
      read: () => readHeldFile(text, daily.path),
      readContested: () =>
        contestedFile ? readLayeredPolygons(contestedText, contestedFile, contestedKeys) : [],
      inputHash: sha256(text, contestedText),
    });
  }
  let preInvasionJob: SnapshotJob | null = null;
  if (source.preInvasion) {
    const parts = await Promise.all(
      source.preInvasion.parts.map(async (part) => {
        if (!layersFolder)
          throw new PipelineError(options.controlSourceFile, 'preInvasion needs "layers"');
        const file = join(layersFolder, part.file);
        return { file, key: part.key, text: await readText(file) };
      }),
    );
    preInvasionJob = {
      date: source.preInvasion.date,
      read: () =>
        union(
          ...parts.map((p) => {
            const polygons = readLayeredPolygons(p.text, p.file, [p.key]);
            if (polygons.length === 0)
              throw new PipelineError(p.file, `no polygon with the key "${p.key}"`);
            return polygons;
          }),
        ),
      readContested: () => [],
      inputHash: sha256(...parts.flatMap((p) => [p.key, p.text])),
    };
  }
  const allJobs = preInvasionJob ? [preInvasionJob, ...jobs] : jobs;
  const editorial = options.editorial
    ? await checkEditorial(options.editorial, new Set(allJobs.map((j) => j.date)))
    : null;
  if (editorial) {
    log(
      `Editorial model checked: ${editorial.quotes.length} quotes verified word for word against seeds/.`,
    );
  }

  const code = await codeVersion();
  const sourceText = await readFile(options.controlSourceFile, 'utf8');
  const buildKey = sha256(
    code,
    unitsHash,
    sourceText,
    JSON.stringify(editorial),
    ...allJobs.map((j) => `${j.date}:${j.inputHash}`),
  );
  const previous = await readFile(join(options.outputDir, 'manifest.json'), 'utf8')
    .then((t) => JSON.parse(t) as DataManifest)
    .catch(() => null);
  if (previous?.buildKey === buildKey) {
    log(`Data is up to date (${allJobs.length} snapshots, checked in ${Date.now() - started} ms).`);
    return false;
  }

  const { topology: unitsTopo, outline } = await unitsTopology(units);
  const basemap = await basemapTopology(paths.basemapTopology);

  await mkdir(options.cacheDir, { recursive: true });
  const usedCacheEntries = new Set<string>();
  const results = new Map<string, SnapshotResult>();
  let computed = 0;
  for (const job of allJobs) {
    const key = sha256(code, unitsHash, job.inputHash);
    const cacheFile = join(options.cacheDir, `${key}.json`);
    usedCacheEntries.add(`${key}.json`);
    const cached = await readFile(cacheFile, 'utf8')
      .then((t) => JSON.parse(t) as SnapshotResult)
      .catch(() => null);
    if (cached) {
      results.set(job.date, cached);
      continue;
    }
    const result = await processSnapshot(job.read(), job.readContested(), units, outline);
    await writeFile(cacheFile, JSON.stringify(result));
    results.set(job.date, result);
    computed++;
    if (computed % 50 === 0) log(`  measured ${computed} snapshots…`);
  }

  const output = new StagedOutput(options.outputDir);
  await output.begin();
  try {
    const json = (value: unknown) => JSON.stringify(value);
    const heldTotal = (r: SnapshotResult) =>
      round1(Object.values(r.heldKm2).reduce((a, b) => a + b, 0));
    const writeSnapshot = async (date: string) => {
      const content = json(results.get(date)!.topology as Topology);
      const hash = contentHash(content);
      await output.write(snapshotFile(date, hash), content);
      return hash;
    };

    const figures: ControlFigures = {
      units: units.map((u) => ({
        iso: u.iso,
        name_en: u.name_en,
        name_uk: u.name_uk,
        areaKm2: round1(u.areaKm2),
      })),
      dates: allJobs.map((j) => j.date),
      heldKm2: allJobs.map((j) =>
        units.map((u) => round1(results.get(j.date)!.heldKm2[u.iso] ?? 0)),
      ),
    };
    const credit = `${source.credit} (${source.licence}) Boundaries: Natural Earth (public domain).`;
    const csvName = await output.write('control-areas.csv', controlAreasCsv(figures, credit));
    const ukraineKm2 = units.reduce((total, u) => total + u.areaKm2, 0);
    const editorialFiles = editorial
      ? await writeEditorial(editorial, allJobs, units, outline, ukraineKm2, credit, output)
      : null;
    const manifest: DataManifest = {
      format: 1,
      buildKey,
      credits: [
        { id: 'control', text: source.credit, licence: source.licence },
        { id: 'boundaries', text: 'Boundaries: Natural Earth', licence: 'Public domain' },
      ],
      bounds: bboxOf(outline),
      basemapBounds: BASEMAP_BOX,
      ukraineKm2: round1(ukraineKm2),
      files: {
        units: await output.writeHashed('units', '.topo.json', json(unitsTopo)),
        basemap: await output.writeHashed('basemap', '.topo.json', json(basemap)),
        figures: await output.writeHashed('control-areas', '.json', json(figures)),
        csv: csvName,
      },
      series: {
        dates: jobs.map((j) => j.date),
        hashes: await Promise.all(jobs.map((j) => writeSnapshot(j.date))),
        heldKm2: jobs.map((j) => heldTotal(results.get(j.date)!)),
        contestedKm2: jobs.map((j) =>
          contestedFileByDate.has(j.date) ? round1(results.get(j.date)!.contestedKm2) : null,
        ),
      },
      references: preInvasionJob
        ? [
            {
              id: 'pre-invasion',
              date: preInvasionJob.date,
              hash: await writeSnapshot(preInvasionJob.date),
              heldKm2: heldTotal(results.get(preInvasionJob.date)!),
            },
          ]
        : [],
      missing,
      editorial: editorialFiles,
    };
    await output.write('manifest.json', `${JSON.stringify(manifest)}\n`);
    await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }

  // Forget cached snapshots that no input refers to any more.
  for (const entry of await readdir(options.cacheDir)) {
    if (!usedCacheEntries.has(entry)) await rm(join(options.cacheDir, entry), { force: true });
  }
  log(
    `Built ${allJobs.length} snapshots (${computed} measured, ${allJobs.length - computed} from cache) ` +
      `into ${options.outputDir} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return true;
}

export function defaultBuildOptions(): BuildOptions {
  return {
    controlDir: controlDataDir(),
    outputDir: paths.outputDir,
    cacheDir: paths.cacheDir,
    controlSourceFile: paths.controlSourceFile,
    unitsFile: paths.unitsFile,
    editorial: {
      dataDir: join(paths.root, 'data'),
      seedsDir: join(paths.root, 'seeds'),
      root: paths.root,
    },
    log: (line) => console.log(line),
  };
}

/**
 * Evaluates the editorial areas on the unsimplified geometry of their dates, checks the quoted
 * figures, and writes what the app and readers use: the editorial JSON, one GeoJSON per scenario
 * (simplified and clipped like the control layer) and scenario-areas.csv.
 */
async function writeEditorial(
  editorial: Editorial,
  jobs: SnapshotJob[],
  units: Unit[],
  outline: MultiPolygon,
  ukraineKm2: number,
  credit: string,
  output: StagedOutput,
): Promise<NonNullable<DataManifest['editorial']>> {
  const held = new Map<string, MultiPolygon>();
  const unitPolygons = new Map(units.map((u) => [u.iso, u.polygons]));
  const inputs = {
    unit: (iso: string) => unitPolygons.get(iso)!,
    held: (date: string) => {
      if (!held.has(date)) held.set(date, jobs.find((j) => j.date === date)!.read());
      return held.get(date)!;
    },
  };
  const { areas, claims } = evaluateEditorial(editorial, inputs, units);
  const shapes = new Map<string, MultiPolygon>();
  for (const [id, area] of areas)
    shapes.set(id, intersect(outline, await simplifyPolygons(area.polygons)));
  const credits = `${credit} Quotes: the publishers named in each source.`;
  const scenarios: Record<string, string> = {};
  // The timeline scenario's geometry is the control layer, already published per date.
  for (const scenario of editorial.scenarios.filter((s) => !s.timeline)) {
    const geojson = scenarioGeoJson(scenario, editorial, areas, shapes, ukraineKm2, credits);
    scenarios[scenario.id] = await output.writeHashed(
      `scenarios/${scenario.id}`,
      '.geojson',
      JSON.stringify(geojson),
    );
  }
  // The map draws every scenario's areas from one source and switches scenarios by filter alone.
  const drawn = [...new Set(editorial.scenarios.flatMap((s) => s.layers.map((l) => l.area)))];
  const areasTopology = await featuresToTopology('areas', {
    type: 'FeatureCollection',
    features: drawn.map((id) => ({
      type: 'Feature',
      properties: { id },
      geometry: { type: 'MultiPolygon', coordinates: shapes.get(id)! },
    })),
  });
  return {
    areas: await output.writeHashed('scenario-areas', '.topo.json', JSON.stringify(areasTopology)),
    file: await output.writeHashed(
      'editorial',
      '.json',
      JSON.stringify(editorialForBrowser(editorial, areas, claims, ukraineKm2)),
    ),
    csv: await output.write(
      'scenario-areas.csv',
      scenarioAreasCsv(editorial, areas, units, ukraineKm2, credits),
    ),
    scenarios,
  };
}
