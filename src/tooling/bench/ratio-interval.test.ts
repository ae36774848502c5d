import { describe, expect, it } from 'vitest';
import { ratioInterval } from './ratio-interval.ts';

describe('ratioInterval', () => {
  it('is a single point when every load took the same time', () => {
    expect(ratioInterval([900, 900, 900], [1000, 1000, 1000])).toEqual([0.9, 0.9]);
  });

  it('holds the ratio of the medians, and reaches below 1.0× where the two sets of loads overlap', () => {
    const app = [1310, 1410, 1540, 1572, 1590, 1716, 1766, 1825, 1942];
    const floor = [1086, 1211, 1334, 1431, 1494, 1523, 1600, 1621, 1667];
    const [low, high] = ratioInterval(app, floor);
    const ratio = 1590 / 1494;
    expect(low).toBeLessThan(ratio);
    expect(high).toBeGreaterThan(ratio);
    expect(low).toBeLessThan(1);
  });

  it('narrows as the loads grow in number', () => {
    const app = [1300, 1500, 1700, 1900];
    const floor = [1200, 1400, 1600, 1800];
    const width = ([low, high]: [number, number]) => high - low;
    const many = (values: number[]) => Array.from({ length: 10 }, () => values).flat();
    expect(width(ratioInterval(many(app), many(floor)))).toBeLessThan(
      width(ratioInterval(app, floor)),
    );
  });

  it('prints the same interval for the same loads', () => {
    const app = [1, 2, 3, 4, 5];
    const floor = [2, 3, 4, 5, 6];
    expect(ratioInterval(app, floor)).toEqual(ratioInterval(app, floor));
  });

  it('names what it lacks', () => {
    expect(() => ratioInterval([], [1])).toThrow('at least one time of each');
  });
});
