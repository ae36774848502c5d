import type { DataClient } from './data-client.ts';
import { bundleOf, dayOfBundle } from '../model/control-bundle.ts';
import type { DataManifest } from '../model/data-manifest.ts';
import { snapshotFile } from '../model/data-manifest.ts';
import { polygonsOfTopology } from '../model/decode-topology.ts';
import type { PackedTopology } from '../model/packed-topology.ts';
import type { TimelineDay } from '../model/timeline.ts';

type Polygons = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/** How many dates on each side of the one shown are made ready ahead, so scrubbing finds them. */
const WARM_NEIGHBOURS = 3;

/**
 * Each date's control geometry, decoded once. The daily series comes in monthly bundles (about a
 * month for the price of two days, DataManifest `series.bundles`), so a step inside a loaded month
 * fetches nothing. The first view alone fetches its day's own small file, so that the page's first
 * bytes do not grow; the bundles around it follow once it is drawn (`warm`). Dates outside the
 * series (23 February 2022) have only their own file.
 */
export class SnapshotCache {
  private readonly decoded = new Map<string, Promise<Polygons>>();
  private readonly bundles = new Map<string, Promise<PackedTopology>>();
  private readonly byDate: Map<string, TimelineDay>;
  private readonly dates: string[];

  constructor(
    private readonly data: DataClient,
    days: readonly TimelineDay[],
    private readonly series: DataManifest['series']['bundles'],
  ) {
    this.byDate = new Map(days.map((d) => [d.date, d]));
    this.dates = days.map((d) => d.date);
  }

  /** A date's geometry from its bundle, fetching the bundle if need be. */
  get(date: string): Promise<Polygons> {
    return this.remember(date, () => {
      const bundle = bundleOf(this.series, date);
      return bundle ? this.bundle(bundle.file).then((t) => dayOfBundle(t, date)) : this.own(date);
    });
  }

  /** A date's geometry from its own file unless already at hand: what the first view needs. */
  first(date: string): Promise<Polygons> {
    return this.remember(date, () => this.own(date));
  }

  /** Starts fetching the bundles of the dates around `date` without waiting for them. */
  warm(date: string): void {
    const index = this.dates.indexOf(date);
    for (let step = -WARM_NEIGHBOURS; step <= WARM_NEIGHBOURS; step++) {
      const near = this.dates[index + step];
      const bundle = near && bundleOf(this.series, near);
      if (bundle) this.bundle(bundle.file).catch(() => {});
    }
  }

  private remember(date: string, load: () => Promise<Polygons>): Promise<Polygons> {
    let entry = this.decoded.get(date);
    if (!entry) {
      if (!this.byDate.has(date)) return Promise.reject(new Error(`no data for ${date}`));
      entry = load();
      // A failed fetch is not remembered, so the next attempt tries again.
      entry.catch(() => this.decoded.delete(date));
      this.decoded.set(date, entry);
    }
    return entry;
  }

  private own(date: string): Promise<Polygons> {
    return this.data
      .topology(snapshotFile(date, this.byDate.get(date)!.hash))
      .then((topology) => polygonsOfTopology(topology, 'control'));
  }

  private bundle(file: string): Promise<PackedTopology> {
    let entry = this.bundles.get(file);
    if (!entry) {
      entry = this.data.topology(file);
      entry.catch(() => this.bundles.delete(file));
      this.bundles.set(file, entry);
    }
    return entry;
  }
}
