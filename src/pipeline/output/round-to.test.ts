import { describe, expect, it } from 'vitest';
import { percentOfPublished, round1, sumOfRounded1 } from './round-to.ts';

describe('sumOfRounded1', () => {
  it('adds the figures as published, so the rows add up to the total to the last digit', () => {
    // Three units, each published as 0.1 km² more than it measured half of: the sum of the
    // measurements would be published as 0.1 less than the rows add up to.
    const measured = [10.05, 20.05, 30.05];
    expect(round1(measured.reduce((a, b) => a + b, 0))).toBe(60.2);
    expect(sumOfRounded1(measured)).toBe(60.3);
    expect(
      measured
        .map(round1)
        .reduce((a, b) => a + b, 0)
        .toFixed(1),
    ).toBe('60.3');
  });

  it('leaves no floating-point tail', () => {
    expect(sumOfRounded1([0.1, 0.2])).toBe(0.3);
  });
});

describe('percentOfPublished', () => {
  it('divides the figures as published, so a unit held whole reads 100%', () => {
    // Sevastopol: 748.05 km² held of 748.14, both published as 748.1.
    expect(((100 * 748.05) / 748.14).toFixed(2)).toBe('99.99');
    expect(percentOfPublished(748.05, 748.14).toFixed(2)).toBe('100.00');
  });
});
