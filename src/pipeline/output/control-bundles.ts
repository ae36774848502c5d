import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { DataManifest } from '../../model/data-manifest.ts';
import { featuresToTopology } from '../topology/features-to-topology.ts';
import type { StagedOutput } from './staged-output.ts';
import { packTopology } from '../../model/packed-topology.ts';

/** One day's display geometry as processSnapshot wrote it: one object "control". */
export interface DayTopology {
  date: string;
  topology: Topology;
}

/** Consecutive days shipped together: the first and last date and their joint topology. */
export interface ControlBundle {
  first: string;
  last: string;
  topology: Topology;
}

/**
 * Joins the daily series into one topology per calendar month. Consecutive days share most of
 * their lines (the coast, the border and all of the front that did not move), and in one topology
 * each shared line is stored once, so a month costs little more than a day (BENCHMARKS.md,
 * "the series as a stream": monthly shared arcs against weekly bundles, concatenated days and single
 * files). Every feature keeps its `kind` and gains the `date` it belongs to; `days` must be sorted.
 */
export async function controlBundles(days: readonly DayTopology[]): Promise<ControlBundle[]> {
  const months = new Map<string, DayTopology[]>();
  for (const day of days) {
    const month = day.date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), day]);
  }
  const bundles: ControlBundle[] = [];
  for (const group of months.values()) {
    const features = group.flatMap(({ date, topology }) => {
      const object = topology.objects.control;
      if (!object) throw new Error(`the topology of ${date} has no object "control"`);
      const collection = feature(topology, object) as unknown as GeoJSON.FeatureCollection;
      return collection.features.map((f) => ({ ...f, properties: { ...f.properties, date } }));
    });
    bundles.push({
      first: group[0]!.date,
      last: group[group.length - 1]!.date,
      topology: await featuresToTopology('control', { type: 'FeatureCollection', features }),
    });
  }
  return bundles;
}

/** Writes the bundles as `control/<first date>.<hash>.topo.json`; returns the manifest's entries. */
export async function writeControlBundles(
  days: readonly DayTopology[],
  output: StagedOutput,
): Promise<DataManifest['series']['bundles']> {
  const entries: DataManifest['series']['bundles'] = [];
  for (const { first, last, topology } of await controlBundles(days)) {
    const file = await output.writeHashed(
      `control/${first}`,
      '.topo.json',
      JSON.stringify(packTopology(topology)),
    );
    entries.push({ first, last, file });
  }
  return entries;
}
