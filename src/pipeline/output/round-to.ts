/** Published figures: km² to 0.1, percentages to 0.01. */
export const round1 = (value: number) => Math.round(value * 10) / 10;
export const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * A share in percent of two published figures, each as published (to 0.1 km²): a reader who divides
 * the CSV's own columns gets the CSV's percentage, and a unit held whole reads 100.00, not 99.99
 * (Sevastopol, 748.1 of 748.1 km², measured 748.05 of 748.14).
 */
export const percentOfPublished = (part: number, whole: number) =>
  (100 * round1(part)) / round1(whole);

/**
 * A total as the sum of the figures published beside it, each to 0.1 km²: a reader who adds up
 * the units' rows of control-areas.csv gets control-totals.csv's figure exactly, and the app's
 * row for Ukraine (the units' figures added) says what the summary says. Summed before rounding,
 * the two differed by 0.1–0.2 km² on most days.
 */
export const sumOfRounded1 = (values: Iterable<number>) => {
  let total = 0;
  for (const value of values) total += round1(value);
  return round1(total);
};
