/** A measurement over runs: its median, 10th and 90th percentiles and maximum. */
export interface Summary {
  median: number;
  p10: number;
  p90: number;
  max: number;
}

/** Rounded to `digits` decimals (one by default: milliseconds, frames). */
export function summary(values: number[], digits = 1): Summary {
  const sorted = values.toSorted((a, b) => a - b);
  const at = (q: number) => round(quantile(sorted, q), digits);
  return { median: at(0.5), p10: at(0.1), p90: at(0.9), max: at(1) };
}

/**
 * The value at `q` (0–1) of values sorted ascending, unrounded: the one at or above that share of
 * them (the upper of the two middle values of an even count for the median).
 */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function round(value: number, digits = 1): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
