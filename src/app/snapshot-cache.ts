import type { DataClient } from './data-client.ts';
import { snapshotFile } from '../model/data-manifest.ts';
import { polygonsOfTopology } from '../model/decode-topology.ts';
import type { TimelineDay } from '../model/timeline.ts';

type Polygons = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/** How many dates on each side of the one shown are fetched ahead, so scrubbing finds them ready. */
const WARM_NEIGHBOURS = 3;

/**
 * Each date's control geometry, fetched on demand and decoded once. Neighbours of the date shown
 * are fetched ahead; a date's files are small (about 9 KB gzipped), so keeping all that were seen
 * costs less memory than fetching them again.
 */
export class SnapshotCache {
  private readonly decoded = new Map<string, Promise<Polygons>>();
  private readonly byDate: Map<string, TimelineDay>;
  private readonly dates: string[];

  constructor(
    private readonly data: DataClient,
    days: readonly TimelineDay[],
  ) {
    this.byDate = new Map(days.map((d) => [d.date, d]));
    this.dates = days.map((d) => d.date);
  }

  get(date: string): Promise<Polygons> {
    let entry = this.decoded.get(date);
    if (!entry) {
      const day = this.byDate.get(date);
      if (!day) return Promise.reject(new Error(`no data for ${date}`));
      entry = this.data
        .topology(snapshotFile(date, day.hash))
        .then((topology) => polygonsOfTopology(topology, 'control'));
      // A failed fetch is not remembered, so the next attempt tries again.
      entry.catch(() => this.decoded.delete(date));
      this.decoded.set(date, entry);
    }
    return entry;
  }

  /** Starts fetching the dates around `date` without waiting for them. */
  warm(date: string): void {
    const index = this.dates.indexOf(date);
    for (let step = 1; step <= WARM_NEIGHBOURS; step++) {
      for (const neighbour of [this.dates[index - step], this.dates[index + step]]) {
        if (neighbour) this.get(neighbour).catch(() => {});
      }
    }
  }
}
