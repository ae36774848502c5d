import { describe, expect, it } from 'vitest';
import { coveredPart } from './watch-cover.ts';

const rect = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

describe('coveredPart', () => {
  const map = rect(100, 50, 800, 600);

  it('gives the legend’s box over the map in the map’s pixels, 4 px wider each way', () => {
    expect(coveredPart(rect(112, 500, 300, 138), map)).toEqual([
      { left: 8, top: 446, right: 316, bottom: 592 },
    ]);
  });

  it('gives only the part over the map of a legend that reaches past it', () => {
    expect(coveredPart(rect(112, 600, 300, 100), map)).toEqual([
      { left: 8, top: 546, right: 316, bottom: 604 },
    ]);
  });

  it('gives nothing for a legend below the map (a phone) or an empty one', () => {
    expect(coveredPart(rect(100, 660, 400, 120), map)).toEqual([]);
    expect(coveredPart(rect(112, 500, 0, 0), map)).toEqual([]);
  });
});
