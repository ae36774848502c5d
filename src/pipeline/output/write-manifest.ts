import type { Topology } from 'topojson-specification';
import { snapshotFile, type ControlFigures, type DataManifest } from '../../model/data-manifest.ts';
import { firstViewList } from '../../model/first-view-files.ts';
import { BASEMAP_BOX } from '../boundaries/basemap-topology.ts';
import type { ControlInputs } from '../control/control-inputs.ts';
import type { ControlSource } from '../control/control-source.ts';
import type { SnapshotResult } from '../control/process-snapshot.ts';
import { bboxOf } from '../geometry/bbox-of.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import { writeControlBundles } from './control-bundles.ts';
import { round1, sumOfRounded1 } from './round-to.ts';
import { contentHash, type StagedOutput } from './staged-output.ts';
import { packTopology } from '../../model/packed-topology.ts';

/** The boundaries' credit, in the languages the page speaks. */
const BOUNDARIES_CREDIT = { en: 'Boundaries: Natural Earth', uk: 'Кордони: Natural Earth' };

export interface RuntimeData {
  buildKey: string;
  source: ControlSource;
  inputs: ControlInputs;
  results: ReadonlyMap<string, SnapshotResult>;
  figures: ControlFigures;
  /** The open data already written: the daily table's path and every open file's. */
  open: { csv: string; files: string[] };
  unitsTopology: Topology;
  basemap: Topology;
  outline: MultiPolygon;
  ukraineKm2: number;
  editorial: DataManifest['editorial'];
  /** The place step's files and the credit its dataset asks for; null in a build without it. */
  places: {
    files: NonNullable<DataManifest['places']>;
    credit: { credit: { en: string; uk: string }; licence: string };
  } | null;
}

/**
 * Writes the geometry the browser loads (units, basemap, one topology per date) under names that
 * carry their content's hash, then manifest.json, the one fixed name, which points to them all.
 */
export async function writeManifest(
  output: StagedOutput,
  data: RuntimeData,
): Promise<DataManifest> {
  const json = (value: unknown) => JSON.stringify(value);
  const resultOf = (date: string) => data.results.get(date)!;
  const heldTotal = (date: string) => sumOfRounded1(Object.values(resultOf(date).heldKm2));
  const writeSnapshot = async (date: string) => {
    const content = json(packTopology(resultOf(date).topology));
    const hash = contentHash(content);
    await output.write(snapshotFile(date, hash), content);
    return hash;
  };
  const { series, preInvasion, missing } = data.inputs;
  const manifest: Omit<DataManifest, 'firstView'> = {
    format: 1,
    buildKey: data.buildKey,
    credits: [
      { id: 'control', text: data.source.credit, licence: data.source.licence },
      { id: 'boundaries', text: BOUNDARIES_CREDIT, licence: 'Public domain' },
      ...(data.places
        ? [{ id: 'places', text: data.places.credit.credit, licence: data.places.credit.licence }]
        : []),
    ],
    bounds: bboxOf(data.outline),
    basemapBounds: BASEMAP_BOX,
    ukraineKm2: round1(data.ukraineKm2),
    files: {
      units: await output.writeHashed(
        'units',
        '.topo.json',
        json(packTopology(data.unitsTopology)),
      ),
      basemap: await output.writeHashed('basemap', '.topo.json', json(packTopology(data.basemap))),
      figures: await output.writeHashed('control-areas', '.json', json(data.figures)),
      csv: data.open.csv,
      open: data.open.files,
    },
    series: {
      dates: series.map((s) => s.date),
      hashes: await Promise.all(series.map((s) => writeSnapshot(s.date))),
      heldKm2: series.map((s) => heldTotal(s.date)),
      contestedKm2: series.map((s) =>
        s.hasContested ? round1(resultOf(s.date).contestedKm2) : null,
      ),
      bundles: await writeControlBundles(
        series.map((s) => ({ date: s.date, topology: resultOf(s.date).topology })),
        output,
      ),
    },
    references: preInvasion
      ? [
          {
            id: 'pre-invasion',
            date: preInvasion.date,
            hash: await writeSnapshot(preInvasion.date),
            heldKm2: heldTotal(preInvasion.date),
          },
        ]
      : [],
    missing,
    editorial: data.editorial,
    places: data.places?.files ?? null,
  };
  const complete: DataManifest = { ...manifest, firstView: firstViewList(manifest) };
  await output.write('manifest.json', `${JSON.stringify(complete)}\n`);
  return complete;
}
