import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { Package } from 'datapackage';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataManifest } from '../model/data-manifest.ts';
import { snapshotFile } from '../model/data-manifest.ts';
import { buildData, type BuildOptions } from './build-data.ts';
import { box, boxAreaKm2 } from './geometry/test-shapes.ts';
import { contentHash } from './output/staged-output.ts';
import type { BBox } from './geometry/types.ts';
import { paths } from './paths.ts';

// A tiny control source: three days of a held box deep inside Donetsk oblast that grows on the last
// day, a layered file with a grey zone beside it, and pre-invasion parts. Units are the real ones.
const HELD: Record<string, BBox> = {
  '2025-01-01': [37.6, 47.9, 37.9, 48.1],
  '2025-01-02': [37.6, 47.9, 37.9, 48.1],
  '2025-01-03': [37.5, 47.9, 37.9, 48.1],
};
const GREY: BBox = [37.4, 47.9, 37.5, 48.1];
// 2025-01-01 20:00 UTC: first shown by the daily snapshot of 2025-01-02.
const LAYERED_TIME = Date.UTC(2025, 0, 1, 20) / 1000;

// A fixture build takes a few seconds; on a busy machine several times that.
const BUILD_TIMEOUT_MS = 120_000;

const featureOf = (b: BBox, name?: string) => ({
  type: 'Feature',
  properties: name ? { name } : {},
  geometry: { type: 'MultiPolygon', coordinates: box(b) },
});

async function writeJson(file: string, value: unknown) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(value));
}

async function fixture(): Promise<BuildOptions> {
  const root = await mkdtemp(join(tmpdir(), 'build-data-'));
  const controlDir = join(root, 'control');
  for (const [date, b] of Object.entries(HELD)) {
    await writeJson(join(controlDir, 'daily', `held_${date.replaceAll('-', '')}.geojson`), {
      type: 'FeatureCollection',
      features: [featureOf(b)],
    });
  }
  await writeJson(join(controlDir, 'layers', `${LAYERED_TIME}.geojson`), {
    type: 'FeatureCollection',
    features: [
      featureOf(GREY, 'Сіра зона /// Unknown status /// geoJSON.status.unknown'),
      featureOf([37.7, 47.95, 37.8, 48.0], 'ОРДЛО'),
      {
        type: 'Feature',
        properties: { name: 'a point /// x /// geoJSON.units.x' },
        geometry: { type: 'Point', coordinates: [0, 0] },
      },
    ],
  });
  const controlSourceFile = join(root, 'control-source.json');
  await writeJson(controlSourceFile, {
    name: 'Fixture',
    url: 'https://example.org/',
    credit: { en: 'Control: fixture', uk: 'Контроль: фікстура' },
    licence: 'test only',
    daily: {
      folder: 'daily',
      fileName: 'held_{YYYYMMDD}.geojson',
      firstDate: '2025-01-01',
      snapshotTimeUtc: '03:20',
      knownGaps: [],
    },
    reader: {
      module: 'deepstate',
      layers: { folder: 'layers', contestedKey: 'geoJSON.status.unknown' },
      preInvasion: {
        date: '2022-02-23',
        parts: [{ file: `${LAYERED_TIME}.geojson`, key: 'ОРДЛО' }],
      },
    },
  });
  return {
    controlDir,
    controlSourceFile,
    unitsFile: paths.unitsFile,
    outputDir: join(root, 'public', 'data'),
    cacheDir: join(root, 'cache'),
    log: () => {},
  };
}

/** The smallest sound editorial model for the fixture's dates: one seed, quote, area and scenario. */
async function editorialFixture() {
  const root = await mkdtemp(join(tmpdir(), 'editorial-'));
  const dataDir = join(root, 'data');
  const seedsDir = join(root, 'seeds');
  await writeFile(join(await mkdirp(seedsDir), 'a.txt'), 'He said: “It is our land.”');
  const files: Record<string, unknown> = {
    'parties.json': { parties: [{ id: 'ukraine', name: { en: 'Ukraine', uk: 'Україна' } }] },
    'sources.json': {
      sources: [
        {
          id: 'a',
          seed: 'a.txt',
          title: null,
          publisher: null,
          author: null,
          date: '2025-01-02',
          dateBasis: { kind: 'stated', words: 'He said' },
          language: 'en',
        },
      ],
    },
    'quotes.json': {
      quotes: [
        {
          id: 'q',
          source: 'a',
          text: 'It is our land.',
          attribution: 'narration',
          about: { scenarios: ['s'] },
        },
      ],
    },
    'areas.json': {
      areas: [
        { id: 'held', name: { en: 'Held', uk: 'Окуповане' }, expression: { held: '2025-01-02' } },
      ],
    },
    'scenarios.json': {
      scenarios: [
        {
          id: 's',
          party: 'ukraine',
          title: { en: 'T', uk: 'Т' },
          summary: { en: 'S', uk: 'С' },
          date: '2025-01-02',
          layers: [{ area: 'held', role: 'held' }],
          quotes: ['q'],
        },
      ],
    },
  };
  for (const [name, value] of Object.entries(files)) await writeJson(join(dataDir, name), value);
  return { dataDir, seedsDir, root };
}

const mkdirp = async (folder: string) => {
  await mkdir(folder, { recursive: true });
  return folder;
};

const readManifest = async (options: BuildOptions) =>
  JSON.parse(await readFile(join(options.outputDir, 'manifest.json'), 'utf8')) as DataManifest;

describe('buildData', () => {
  let options: BuildOptions;
  let manifest: DataManifest;

  beforeAll(async () => {
    options = await fixture();
    expect(await buildData(options)).toBe(true);
    manifest = await readManifest(options);
  }, BUILD_TIMEOUT_MS);

  it('lists every day with the km² held, measured on the unsimplified boxes', () => {
    expect(manifest.series.dates).toEqual(Object.keys(HELD));
    manifest.series.dates.forEach((date, i) => {
      expect(manifest.series.heldKm2[i]).toBeCloseTo(boxAreaKm2(HELD[date]!), 0);
    });
  });

  it('attaches the grey zone to the first snapshot that shows it', () => {
    expect(manifest.series.contestedKm2).toEqual([null, expect.closeTo(boxAreaKm2(GREY), 0), null]);
  });

  it('builds the pre-invasion reference from the named layered parts', () => {
    expect(manifest.references).toEqual([
      {
        id: 'pre-invasion',
        date: '2022-02-23',
        hash: expect.any(String),
        heldKm2: expect.closeTo(boxAreaKm2([37.7, 47.95, 37.8, 48.0]), 0),
      },
    ]);
  });

  it('credits the control source in both languages, as data/control-source.json words it', () => {
    expect(manifest.credits[0]).toEqual({
      id: 'control',
      text: { en: 'Control: fixture', uk: 'Контроль: фікстура' },
      licence: 'test only',
    });
  });

  it('writes one geometry file per date, named by its content', async () => {
    const files = await readdir(join(options.outputDir, 'control'));
    const expected = manifest.series.dates.map((d, i) =>
      snapshotFile(d, manifest.series.hashes[i]!).slice('control/'.length),
    );
    for (const name of expected) expect(files).toContain(name);
    const first = snapshotFile(manifest.series.dates[0]!, manifest.series.hashes[0]!);
    expect(contentHash(await readFile(join(options.outputDir, first), 'utf8'))).toBe(
      manifest.series.hashes[0],
    );
    expect(new Set(manifest.series.hashes).size).toBe(3);
  });

  it('ships the days of one month together in one bundle, named by its content', async () => {
    expect(manifest.series.bundles).toEqual([
      {
        first: '2025-01-01',
        last: '2025-01-03',
        file: expect.stringMatching(/^control\/2025-01-01\.\w{12}\.topo\.json$/),
      },
    ]);
    const file = manifest.series.bundles[0]!.file;
    const content = await readFile(join(options.outputDir, file), 'utf8');
    expect(file).toContain(contentHash(content));
  });

  it('publishes the daily CSV with the header first, every unit on every date, Donetsk holding the box', async () => {
    const text = await readFile(join(options.outputDir, manifest.files.csv), 'utf8');
    expect(manifest.files.csv).toBe('open/control-areas.csv');
    expect(text.split('\r\n')[0]).toBe(
      'date,date_kind,iso,unit_name_en,unit_name_uk,unit_area_km2,held_by_russia_km2,held_by_russia_pct,reconciled_km2,grey_zone_km2',
    );
    const rows = csvParse(text);
    expect(rows).toHaveLength(4 * 27);
    const donetsk = rows.find((r) => r.date === '2025-01-03' && r.iso === 'UA-14')!;
    expect(Number(donetsk.held_by_russia_km2)).toBeCloseTo(boxAreaKm2(HELD['2025-01-03']!), 0);
  });

  it('marks the 23 February 2022 line as a reference, not a day of the series', async () => {
    const rows = csvParse(await readFile(join(options.outputDir, manifest.files.csv), 'utf8'));
    expect(new Set(rows.filter((r) => r.date === '2022-02-23').map((r) => r.date_kind))).toEqual(
      new Set(['reference']),
    );
    expect(new Set(rows.filter((r) => r.date !== '2022-02-23').map((r) => r.date_kind))).toEqual(
      new Set(['daily']),
    );
  });

  it('gives the grey zone per unit where the source has one, and leaves it empty where not', async () => {
    const rows = csvParse(await readFile(join(options.outputDir, manifest.files.csv), 'utf8'));
    const donetsk = (date: string) => rows.find((r) => r.date === date && r.iso === 'UA-14')!;
    expect(Number(donetsk('2025-01-02').grey_zone_km2)).toBeCloseTo(boxAreaKm2(GREY), 0);
    expect(donetsk('2025-01-01').grey_zone_km2).toBe('');
    const totals = csvParse(
      await readFile(join(options.outputDir, 'open/control-totals.csv'), 'utf8'),
    );
    expect(totals.map((r) => r.grey_zone_km2)).toEqual([
      '',
      '',
      donetsk('2025-01-02').grey_zone_km2,
      '',
    ]);
  });

  it('does nothing the second time when no input changed', async () => {
    expect(await buildData(options)).toBe(false);
  });

  it('keeps the previous output when an input turns bad, and names the file', async () => {
    const bad = join(options.controlDir, 'daily', 'held_20250102.geojson');
    await writeFile(bad, '{"type":"FeatureCollection","features":[');
    await expect(buildData(options)).rejects.toThrow(`${bad}: is not valid JSON`);
    expect(await readManifest(options)).toEqual(manifest);
    expect(await readdir(dirname(options.outputDir))).toEqual(['data']);
  });

  it('rebuilds when only the editorial model changes', async () => {
    const withEditorial = { ...(await fixture()), editorial: await editorialFixture() };
    expect(await buildData(withEditorial)).toBe(true);
    expect(await buildData(withEditorial)).toBe(false);
    const scenarios = join(withEditorial.editorial.dataDir, 'scenarios.json');
    await writeFile(
      scenarios,
      (await readFile(scenarios, 'utf8')).replace('"S"', '"A new summary"'),
    );
    expect(await buildData(withEditorial)).toBe(true);
    const published = await readManifest(withEditorial);
    const editorial = JSON.parse(
      await readFile(join(withEditorial.outputDir, published.editorial!.file), 'utf8'),
    );
    expect(editorial.scenarios[0].summary.en).toBe('A new summary');
  });

  it('refuses a gap in the series', async () => {
    const gapped = await fixture();
    await rm(join(gapped.controlDir, 'daily', 'held_20250102.geojson'));
    await expect(buildData(gapped)).rejects.toThrow('date gap: no file for 2025-01-02');
  });

  it('refuses a followed unit that is not one of the units, naming the field', async () => {
    const options = await fixture();
    const config = JSON.parse(await readFile(options.controlSourceFile, 'utf8'));
    config.reader.preInvasion.followsUnits = ['UA-43', 'UA-99'];
    await writeJson(options.controlSourceFile, config);
    await expect(buildData(options)).rejects.toThrow(
      'reader.preInvasion.followsUnits: "UA-99" is not one of the units',
    );
  });
});

describe('the open data', () => {
  let dir: string;
  let manifest: DataManifest;
  const read = (file: string) => readFile(join(dir, file), 'utf8');

  beforeAll(async () => {
    const options = {
      ...(await fixture()),
      editorial: await editorialFixture(),
      // The real gazetteer: its places are checked against the same real units the fixture uses.
      places: { file: join(paths.root, 'data/places.json'), root: paths.root },
    };
    await buildData(options);
    manifest = await readManifest(options);
    dir = options.outputDir;
  }, BUILD_TIMEOUT_MS);

  it('is a Frictionless data package that validates, with every field described', async () => {
    const dataPackage = await Package.load(join(dir, 'open/datapackage.json'));
    expect(
      dataPackage.errors.map(
        (e) => `${e.message} ${JSON.stringify((e as { errors?: unknown }).errors ?? '')}`,
      ),
    ).toEqual([]);
    expect(dataPackage.valid).toBe(true);
    for (const resource of dataPackage.resources) expect(resource.valid, resource.name).toBe(true);
    const fields = dataPackage.descriptor.resources.flatMap((r) => r.schema?.fields ?? []);
    expect(fields.length).toBeGreaterThan(30);
    for (const field of fields) expect(field.description, String(field.name)).toMatch(/\w/);
  });

  it('lists every open file in the manifest, at paths without a hash', async () => {
    expect(manifest.files.open).toEqual([
      'open/datapackage.json',
      'open/control-areas.csv',
      'open/control-totals.csv',
      'open/scenario-areas.csv',
      'open/scenario-area-totals.csv',
      'open/place-histories.csv',
      'open/scenario-area-places.csv',
      'open/scenarios/s.geojson',
    ]);
    expect(manifest.places).toMatchObject({
      csv: 'open/place-histories.csv',
      areasCsv: 'open/scenario-area-places.csv',
    });
    for (const file of manifest.files.open) await expect(read(file)).resolves.toMatch(/./);
  });

  it('has every table read and cast by the datapackage library as its schema says', async () => {
    const dataPackage = await Package.load(join(dir, 'open/datapackage.json'));
    for (const resource of dataPackage.resources.filter((r) => r.tabular)) {
      const rows = await resource.read({ keyed: true });
      expect(rows.length, resource.name).toBeGreaterThan(0);
    }
  });

  it('has every CSV read back by d3-dsv with the header first and the columns of its schema', async () => {
    const descriptor = JSON.parse(await read('open/datapackage.json'));
    for (const resource of descriptor.resources.filter(
      (r: { format: string }) => r.format === 'csv',
    )) {
      const text = await read(`open/${resource.path}`);
      expect(text.startsWith('#'), resource.path).toBe(false);
      const rows = csvParse(text);
      expect(rows.columns).toEqual(resource.schema.fields.map((f: { name: string }) => f.name));
    }
  });

  it('publishes the place tables under the gazetteer’s licence as well as the control source’s', async () => {
    const descriptor = JSON.parse(await read('open/datapackage.json'));
    for (const name of ['place-histories', 'scenario-area-places']) {
      const resource = descriptor.resources.find((r: { name: string }) => r.name === name);
      expect(resource.licenses.map((l: { name?: string }) => l.name)).toContain('CC-BY-4.0');
      expect(resource.sources.map((s: { title: string }) => s.title).join(' ')).toMatch(/GeoNames/);
    }
    const histories = csvParse(await read('open/place-histories.csv'));
    const kyiv = histories.find((r) => r.id === 'kyiv')!;
    expect(kyiv).toMatchObject({ oblast: 'UA-30', inside_pre_invasion_line: 'false' });
    expect(kyiv.inside_line_from).toBe('');
    const inArea = csvParse(await read('open/scenario-area-places.csv'));
    expect(new Set(inArea.map((r) => r.area))).toEqual(new Set(['held']));
  });

  it('keeps the whole apart from the units, so a sum over units counts once', async () => {
    const units = csvParse(await read('open/scenario-areas.csv'));
    const totals = csvParse(await read('open/scenario-area-totals.csv'));
    expect(units.some((r) => r.iso === 'UA')).toBe(false);
    const sum = units.reduce((total, r) => total + Number(r.area_in_unit_km2), 0);
    expect(sum).toBeCloseTo(Number(totals[0]!.area_km2), 0);
  });

  it('publishes the scenario GeoJSON to 6 decimals, every feature carrying its date', async () => {
    const text = await read('open/scenarios/s.geojson');
    expect(text).toBe(await read(manifest.editorial!.scenarios.s!));
    const geojson = JSON.parse(text);
    expect(geojson.features[0].properties).toMatchObject({ area: 'held', date: '2025-01-02' });
    const decimals = (text.match(/\d+\.\d+/g) ?? []).map((n) => n.split('.')[1]!.length);
    expect(Math.max(...decimals)).toBeLessThanOrEqual(6);
  });
});

/** Every file under a folder with its content: what a reader of the published output would see. */
async function snapshotOf(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const file = join(entry.parentPath, entry.name);
      files[file.slice(folder.length)] = await readFile(file, 'utf8');
    }
  return files;
}

describe('buildData, given a bad input', () => {
  const day = (options: BuildOptions) => join(options.controlDir, 'daily', 'held_20250102.geojson');
  const polygonFile = (coordinates: number[][]) =>
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: { type: 'Polygon', coordinates: [coordinates] },
        },
      ],
    });
  const faults: {
    name: string;
    file: (o: BuildOptions & { editorial: { dataDir: string } }) => string;
    content: (previous: string) => string;
    message: RegExp;
  }[] = [
    { name: 'truncated', file: day, content: (p) => p.slice(0, 40), message: /is not valid JSON/ },
    { name: 'not JSON', file: day, content: () => 'held area', message: /is not valid JSON/ },
    { name: 'empty', file: day, content: () => '', message: /is empty; expected JSON/ },
    {
      name: 'projected (metres)',
      file: day,
      content: () =>
        polygonFile([
          [4_107_000, 5_217_000],
          [4_218_000, 5_217_000],
          [4_218_000, 5_328_000],
          [4_107_000, 5_217_000],
        ]),
      message: /is outside longitude .* expected WGS84 longitude\/latitude/,
    },
    {
      name: 'self-intersecting',
      file: day,
      content: () =>
        polygonFile([
          [37.6, 47.9],
          [37.9, 48.1],
          [37.9, 47.9],
          [37.6, 48.1],
          [37.6, 47.9],
        ]),
      message: /its edges cross themselves near \[37\.75, 48\]/,
    },
    {
      name: 'out of range (latitude 95)',
      file: day,
      content: () =>
        polygonFile([
          [37.6, 95],
          [37.9, 95],
          [37.9, 96],
          [37.6, 95],
        ]),
      message: /\[37\.6, 95\] is outside longitude/,
    },
    {
      name: 'a quote changed by one character',
      file: (o) => join(o.editorial.dataDir, 'quotes.json'),
      content: (p) => p.replace('It is our land.', 'It is our land!'),
      message: /quotes\[0\]\.text: quote "q" is not word for word in .*a\.txt/,
    },
  ];

  for (const fault of faults)
    it(`${fault.name}: stops with the file and the problem, and the last good output stays`, async () => {
      const options = { ...(await fixture()), editorial: await editorialFixture() };
      expect(await buildData(options)).toBe(true);
      const published = await snapshotOf(options.outputDir);
      const file = fault.file(options);
      await writeFile(file, fault.content(await readFile(file, 'utf8')));

      const error = await buildData(options).then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toContain(file.split('/').pop());
      expect(error?.message).toMatch(fault.message);
      expect(await snapshotOf(options.outputDir)).toEqual(published);
      // Nothing half-written beside it either: no staging folder is left behind.
      expect(await readdir(dirname(options.outputDir))).toEqual(['data']);
    });
});
