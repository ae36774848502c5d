import { describe, expect, it } from 'vitest';
import { RANK_SHOWN, rankShownAt } from './place-ranks.ts';

const [firstZoom, firstRank] = RANK_SHOWN[0]!;

describe('rankShownAt', () => {
  it('names only the capital below the first zoom that names towns', () => {
    expect(rankShownAt(firstZoom - 0.01)).toBe(0);
    expect(rankShownAt(0)).toBe(0);
  });

  it('names the towns in the news from that zoom, and more towns as the reader zooms in', () => {
    expect(rankShownAt(firstZoom)).toBe(firstRank);
    const ranks = RANK_SHOWN.map(([zoom]) => rankShownAt(zoom + 0.5));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(rankShownAt(9)).toBe(4);
  });
});
