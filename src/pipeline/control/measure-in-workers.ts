import { Worker } from 'node:worker_threads';
import type { SnapshotInput } from './control-inputs.ts';
import type { WorkerJob, WorkerSetup } from './measure-worker.ts';
import type { SnapshotResult } from './process-snapshot.ts';

const YOUNG_GENERATION_MB = Number(process.env.MEASURE_YOUNG_MB ?? 128);

/**
 * Measures days on `threads` worker threads, each given a run of consecutive days (so that its memo,
 * which remembers what did not change from one day to the next, keeps working). The files are parsed
 * here, one day ahead of each worker, while the workers measure. Calls `done` for each day as it
 * comes back, in each run's order.
 */
export async function measureInWorkers(
  inputs: readonly SnapshotInput[],
  setup: WorkerSetup,
  threads: number,
  done: (input: SnapshotInput, result: SnapshotResult) => Promise<void>,
): Promise<void> {
  const size = Math.ceil(inputs.length / threads);
  const runs = Array.from({ length: threads }, (_, i) => inputs.slice(i * size, (i + 1) * size));
  await Promise.all(
    runs.filter((run) => run.length > 0).map((run) => measureRun(run, setup, done)),
  );
}

async function measureRun(
  run: readonly SnapshotInput[],
  setup: WorkerSetup,
  done: (input: SnapshotInput, result: SnapshotResult) => Promise<void>,
): Promise<void> {
  const worker = new Worker(new URL('./measure-worker-boot.mjs', import.meta.url), {
    workerData: { module: new URL('./measure-worker.ts', import.meta.url).href, setup },
    // polygon-clipping allocates short-lived objects by the million: with V8's default young
    // generation a third of a worker's time went to garbage collection.
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const job = (input: SnapshotInput): WorkerJob => ({
    date: input.date,
    held: input.readHeld(),
    contested: input.readContested(),
    ...(input.followsUnits ? { followsUnits: input.followsUnits } : {}),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let finished = 0;
      const send = () => {
        if (next < run.length) worker.postMessage(job(run[next++]!));
      };
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0) reject(new Error(`measure worker stopped with exit code ${code}`));
      });
      worker.on('message', (message: { date: string; result?: SnapshotResult; error?: string }) => {
        if (message.error !== undefined) {
          reject(new Error(`measuring ${message.date}: ${message.error}`));
          return;
        }
        const input = run.find((i) => i.date === message.date)!;
        done(input, message.result!).then(() => {
          if (++finished === run.length) resolve();
        }, reject);
        send();
      });
      // Two days in flight: the next is parsed and waiting while the worker measures this one.
      send();
      send();
    });
  } finally {
    await worker.terminate();
  }
}
