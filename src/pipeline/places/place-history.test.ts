import { describe, expect, it } from 'vitest';
import { placeHistory } from './place-history.ts';

const series = (...inside: boolean[]) =>
  inside.map((value, i) => ({ date: `2024-07-0${i + 1}`, inside: value }));

describe('placeHistory', () => {
  it('is empty for a place never inside the line', () => {
    expect(placeHistory(series(false, false, false))).toEqual([]);
  });

  it('dates a place taken during the series to the first day the line has it inside', () => {
    expect(placeHistory(series(false, false, true, true))).toEqual([['2024-07-03', null]]);
  });

  it('says "since before the series starts" (null) for a place inside on the first day', () => {
    expect(placeHistory(series(true, true, true))).toEqual([[null, null]]);
  });

  it('records every change of a place held, freed and held again', () => {
    expect(placeHistory(series(false, true, true, false, false, true))).toEqual([
      ['2024-07-02', '2024-07-04'],
      ['2024-07-06', null],
    ]);
  });

  it('closes a period held from the first day when the place is freed', () => {
    expect(placeHistory(series(true, false, false))).toEqual([[null, '2024-07-02']]);
  });

  it('dates a change across a day without a map to the next day that has one', () => {
    const days = [
      { date: '2025-03-30', inside: false },
      { date: '2025-04-02', inside: true },
    ];
    expect(placeHistory(days)).toEqual([['2025-04-02', null]]);
  });
});
