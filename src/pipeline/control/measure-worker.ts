/**
 * A worker thread of measureInWorkers: it receives the units, the land and the display outline once,
 * then one day at a time, and answers each day with its SnapshotResult. Its memo carries over from
 * one day to the next, so it is given a run of consecutive days.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Zone } from '../geometry/measure-within.ts';
import { landFor, landOf, reconcileBorders } from '../geometry/reconcile-borders.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import { newSnapshotMemo, processSnapshot } from './process-snapshot.ts';

export interface WorkerSetup {
  units: Zone[];
  land: MultiPolygon;
  displayOutline: MultiPolygon;
}
export interface WorkerJob {
  date: string;
  held: MultiPolygon;
  contested: MultiPolygon;
  followsUnits?: string[];
}

const { units, land: landPolygons, displayOutline } = workerData.setup as WorkerSetup;
const land = landOf(landPolygons);
const memo = newSnapshotMemo();

// One day at a time, in the order sent: a day waiting here is parsed and ready for when this one ends.
let queue = Promise.resolve();
parentPort!.on('message', (job: WorkerJob) => {
  queue = queue.then(async () => {
    try {
      const dayLand = landFor(land, units, job.followsUnits);
      const held = reconcileBorders(job.held, dayLand, undefined, memo.pieceMoves);
      const result = await processSnapshot(held, job.contested, units, displayOutline, memo);
      parentPort!.postMessage({ date: job.date, result });
    } catch (error) {
      parentPort!.postMessage({ date: job.date, error: String((error as Error)?.stack ?? error) });
    }
  });
});
