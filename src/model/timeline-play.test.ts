import { describe, expect, it } from 'vitest';
import { playNext, playPace, playStart } from './timeline-play.ts';

describe('playing the series', () => {
  it('steps a day at a modest pace, and a week a second for a reader who asks for less motion', () => {
    expect(playPace(false)).toEqual({ everyMs: 150, dates: 1 });
    expect(playPace(true)).toEqual({ everyMs: 1000, dates: 7 });
  });

  it('starts from the date shown, or from the start when the end or the reference is shown', () => {
    expect(playStart(10, 100)).toBe(10);
    expect(playStart(100, 100)).toBe(0);
    expect(playStart(-1, 100)).toBe(0);
  });

  it('stops at the last date, never past it', () => {
    const week = playPace(true);
    expect(playNext(10, 100, playPace(false))).toBe(11);
    expect(playNext(97, 100, week)).toBe(100);
    expect(playNext(100, 100, week)).toBeNull();
  });
});
