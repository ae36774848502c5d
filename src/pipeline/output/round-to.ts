/** Published figures: km² to 0.1, percentages to 0.01. */
export const round1 = (value: number) => Math.round(value * 10) / 10;
export const round2 = (value: number) => Math.round(value * 100) / 100;
