import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataManifest } from '../model/data-manifest.ts';
import { DESKTOP_ZOOM, PHONE_ZOOM } from '../model/place-ranks.ts';
import { namedAt } from '../model/towns-to-name.ts';
import { defaultDates } from '../model/url-state.ts';
import { basemapTopology } from './boundaries/basemap-topology.ts';
import { loadUnits, type Unit } from './boundaries/load-units.ts';
import { unitsTopology, type NamedTowns } from './boundaries/units-topology.ts';
import { codeVersion } from './code-version.ts';
import { assembleControlInputs } from './control/assemble-control-inputs.ts';
import type { ControlInputs, SnapshotInput } from './control/control-inputs.ts';
import { loadControlSource } from './control/control-source.ts';
import { measureSnapshots } from './control/measure-snapshots.ts';
import { reconciledHeld } from './control/reconciled-held.ts';
import type { SnapshotResult } from './control/process-snapshot.ts';
import { checkEditorial, type EditorialLocation } from './editorial/check-editorial.ts';
import type { Editorial } from './editorial/editorial-schema.ts';
import { heldDates } from './editorial/held-dates.ts';
import { writeEditorial } from './editorial/write-editorial.ts';
import { landOf, type Land } from './geometry/reconcile-borders.ts';
import type { MultiPolygon, Position } from './geometry/types.ts';
import type { Topology } from 'topojson-specification';
import { controlTables, type ControlDay } from './open-data/control-tables.ts';
import { OPEN_FOLDER, writeOpenData } from './open-data/write-open-data.ts';
import { sumOfRounded1 } from './output/round-to.ts';
import { controlFigures } from './output/control-figures.ts';
import { StagedOutput } from './output/staged-output.ts';
import { writeManifest } from './output/write-manifest.ts';
import { checkPlaces } from './places/check-places.ts';
import type { PlacesFile } from './places/places-schema.ts';
import { quotesByPlace } from './places/quotes-by-place.ts';
import { writePlaces } from './places/write-places.ts';
import type { TableFile } from './open-data/table.ts';
import { controlDataDir, paths } from './paths.ts';
import { PipelineError } from './pipeline-error.ts';
import { sha256 } from './sha256.ts';
import { dissolvePolygons } from './topology/dissolve-polygons.ts';

export interface BuildOptions {
  controlDir: string;
  outputDir: string;
  cacheDir: string;
  controlSourceFile: string;
  unitsFile: string;
  /** Where the editorial model lives; checked against the seeds and the timeline on every build. */
  editorial?: EditorialLocation;
  /** The gazetteer (data/places.json); paths in its messages are shown relative to `root`. */
  places?: { file: string; root: string };
  log: (line: string) => void;
}

/**
 * `npm run data`: validates the inputs and writes the runtime data the browser loads. Returns false
 * when the output was already up to date.
 */
export async function buildData(options: BuildOptions): Promise<boolean> {
  const { log } = options;
  const started = Date.now();
  const checked = await checkInputs(options);
  const { units, unitsHash, places, all, editorial } = checked;
  const code = await codeVersion();
  const buildKey = sha256(
    code,
    unitsHash,
    await readFile(options.controlSourceFile, 'utf8'),
    JSON.stringify([editorial, places]),
    ...all.map((s) => `${s.date}:${s.inputHash}`),
  );
  if ((await previousBuildKey(options.outputDir)) === buildKey) {
    log(`Data is up to date (${all.length} snapshots, checked in ${Date.now() - started} ms).`);
    return false;
  }

  const lap = stepTimer(log, started);
  lap('inputs read and checked');
  const { topology, outline } = await unitsTopology(units, namedTowns(places, editorial));
  const basemap = await basemapTopology(paths.basemapTopology);
  const cache = { folder: options.cacheDir, code, unitsHash };
  // Every held area is reconciled with this outline of the land before anything measures or draws it.
  const land = landOf(await dissolvePolygons(...units.map((u) => u.polygons)));
  lap('units, basemap and land outline');
  const measured = await measureSnapshots(all, units, land, outline, cache, log);
  const { results, computed } = measured;
  lap(`snapshots measured (${measured.computed})`);

  const output = new StagedOutput(options.outputDir);
  await output.begin();
  try {
    await writeOutputs(output, options, checked, {
      code,
      buildKey,
      topology,
      basemap,
      outline,
      land,
      results,
      lap,
    });
  } catch (error) {
    await output.abort();
    throw error;
  }
  await measured.forgetUnused();
  log(
    `Built ${all.length} snapshots (${computed} measured, ${all.length - computed} from cache) ` +
      `into ${options.outputDir} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return true;
}

/**
 * The towns each first view names, which the oblasts' names keep clear of: as the maps choose them
 * (namedAt, src/model/towns-to-name.ts), those the sources name and the capital everywhere, the
 * larger towns on a desktop.
 */
function namedTowns(places: PlacesFile | null, editorial: Editorial | null): NamedTowns {
  const quoted = quotesByPlace(editorial?.quotes ?? []);
  const at = (zoom: number): Position[] =>
    (places?.places ?? [])
      .filter((place) => namedAt(zoom, place.rank, quoted.has(place.id)))
      .map((place) => [place.lon, place.lat]);
  return { desktop: at(DESKTOP_ZOOM), phone: at(PHONE_ZOOM) };
}

/** Everything the build writes once the snapshots are measured, into the staged output. */
async function writeOutputs(
  output: StagedOutput,
  options: BuildOptions,
  { source, units, places, inputs, all, dates, editorial }: Awaited<ReturnType<typeof checkInputs>>,
  made: {
    code: string;
    buildKey: string;
    topology: Topology;
    basemap: Awaited<ReturnType<typeof basemapTopology>>;
    outline: MultiPolygon;
    land: Land;
    results: Map<string, SnapshotResult>;
    lap: (step: string) => void;
  },
) {
  const { code, buildKey, topology, basemap, outline, land, results, lap } = made;
  const figures = controlFigures(units, dates, results);
  const credit = `${source.credit.en} (${source.licence}) Boundaries: Natural Earth (public domain).`;
  const ukraineKm2 = sumOfRounded1(units.map((u) => u.areaKm2));
  const heldOn = await reconciledHeld(
    editorial ? heldDates(editorial.areas.map((a) => a.expression)) : [],
    (date) => all.find((s) => s.date === date)!,
    land,
    units,
  );
  const readHeld = (date: string) => heldOn.get(date)!;
  const scenarios = editorial
    ? await writeEditorial(editorial, readHeld, units, outline, ukraineKm2, credit, output)
    : null;
  lap('scenario areas');
  const placesCache = { dir: `${options.cacheDir}-places`, codeVersion: code };
  const placesOut = places
    ? await writePlaces(
        places,
        source.name,
        inputs,
        scenarios && editorial && { ...scenarios, quotes: editorial.quotes },
        placesCache,
        output,
      )
    : null;
  const placesFiles = places && placesOut && placesEntry(placesOut, places.dataset);
  lap('places histories');
  const tables = [
    ...controlTables(figures, controlDays(inputs, units, results), ukraineKm2),
    ...(scenarios?.tables ?? []),
    ...(placesOut?.tables ?? []),
  ];
  const open = await writeOpenData(output, source, tables, scenarios?.geojson ?? [], {
    editorial,
    gazetteer: places?.dataset ?? null,
  });
  lap('open data');
  await writeManifest(output, {
    buildKey,
    source,
    inputs,
    results,
    figures,
    open: { csv: `${OPEN_FOLDER}/${tables[0]!.path}`, files: open },
    unitsTopology: topology,
    basemap,
    outline,
    ukraineKm2,
    editorial:
      scenarios && editorial
        ? {
            ...scenarios.files,
            defaultDates: defaultDates({ dates, scenarios: editorial.scenarios }),
          }
        : null,
    places: placesFiles ?? null,
  });
  await output.commit();
  lap('bundles, manifest and commit');
}

/** The manifest's entry for the places: the app's file and the two tables' stable paths. */
function placesEntry(
  written: { file: string; tables: readonly [TableFile, TableFile] },
  credit: PlacesFile['dataset'],
) {
  const [histories, inAreas] = written.tables;
  return {
    files: {
      file: written.file,
      csv: `${OPEN_FOLDER}/${histories.path}`,
      areasCsv: `${OPEN_FOLDER}/${inAreas.path}`,
    },
    credit,
  };
}

/**
 * Where a cold build spends its time, step by step: each call logs the time since the last
 * (`npm run bench:data` prints these lines).
 */
function stepTimer(log: (line: string) => void, started: number) {
  let lapStarted = started;
  return (step: string) => {
    log(`  ${step}: ${((Date.now() - lapStarted) / 1000).toFixed(1)} s`);
    lapStarted = Date.now();
  };
}

/** Every input read and checked: the control source and its days, the units, places, editorial. */
async function checkInputs(options: BuildOptions) {
  const { log } = options;
  const source = await loadControlSource(options.controlSourceFile);
  const { units, sha256: unitsHash } = await loadUnits(options.unitsFile);
  const places = options.places
    ? await checkPlaces(options.places.file, options.places.root, units)
    : null;
  const inputs = await assembleControlInputs(source, {
    controlDir: options.controlDir,
    sourceFile: options.controlSourceFile,
  });
  const all = inputs.preInvasion ? [inputs.preInvasion, ...inputs.series] : inputs.series;
  const dates = all.map((s) => s.date);
  for (const input of all) {
    const unknown = input.followsUnits?.find((code) => !units.some((u) => u.iso === code));
    if (unknown) {
      throw new PipelineError(
        options.controlSourceFile,
        `reader.preInvasion.followsUnits: "${unknown}" is not one of the units in ${options.unitsFile}`,
      );
    }
  }
  const editorial = options.editorial
    ? await checkEditorial(options.editorial, new Set(dates), places)
    : null;
  if (editorial) {
    log(
      `Editorial model checked: ${editorial.quotes.length} quotes verified word for word against seeds/.`,
    );
  }

  return { source, units, unitsHash, places, inputs, all, dates, editorial };
}

/** Each date's figures for the open tables, unrounded: the tables round once, as they write. */
function controlDays(
  inputs: ControlInputs,
  units: readonly Unit[],
  results: ReadonlyMap<string, SnapshotResult>,
): ControlDay[] {
  const day = (input: SnapshotInput, kind: ControlDay['kind']): ControlDay => {
    const result = results.get(input.date)!;
    return {
      date: input.date,
      kind,
      heldKm2: units.map((u) => result.heldKm2[u.iso] ?? 0),
      reconciledKm2: units.map((u) => result.reconciledKm2[u.iso] ?? 0),
      greyZoneKm2: input.hasContested ? result.contestedByUnitKm2 : null,
    };
  };
  return [
    ...(inputs.preInvasion ? [day(inputs.preInvasion, 'reference')] : []),
    ...inputs.series.map((s) => day(s, 'daily')),
  ];
}

/** The build key of the output in place, if there is one. */
async function previousBuildKey(outputDir: string): Promise<string | null> {
  return readFile(join(outputDir, 'manifest.json'), 'utf8')
    .then((t) => (JSON.parse(t) as DataManifest).buildKey)
    .catch(() => null);
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
    places: { file: join(paths.root, 'data/places.json'), root: paths.root },
    log: (line) => console.log(line),
  };
}
