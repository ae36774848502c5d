import { quantile } from './summary.ts';

/**
 * How far the ratio of two medians (the app's time over the floor's) could move with other loads
 * of the same builds: a bootstrap interval, each sample drawn again with replacement `rounds` times
 * and the middle `level` of the resampled ratios kept. On this machine one load at 4× CPU slowdown
 * varies by a factor of two, and the ratio over nine loads by about ±0.1× from run to run
 * (BENCHMARKS.md, "The map first, eighth session"): the interval says whether a ratio is below a
 * budget or only happened to be. Seeded, so one run's figures print the same interval twice.
 */
export function ratioInterval(
  app: readonly number[],
  floor: readonly number[],
  level = 0.9,
  rounds = 2000,
): [number, number] {
  if (app.length === 0 || floor.length === 0)
    throw new Error('ratioInterval: expected at least one time of each');
  const random = mulberry32(0x5eed);
  // The median as the bench's summaries take it (summary.ts).
  const resampledMedian = (values: readonly number[]) =>
    quantile(
      Array.from(values, () => values[Math.floor(random() * values.length)]!).sort((a, b) => a - b),
      0.5,
    );
  const ratios = Array.from(
    { length: rounds },
    () => resampledMedian(app) / resampledMedian(floor),
  );
  ratios.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return [quantile(ratios, tail), quantile(ratios, 1 - tail)];
}

/** A small seeded generator of numbers in [0, 1) (mulberry32). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
