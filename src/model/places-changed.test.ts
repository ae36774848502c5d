import { describe, expect, it } from 'vitest';
import { placesChangedBetween } from './places-changed.ts';
import { placesFixture } from './places-fixture.ts';

const data = placesFixture();
const listed = (since: string, date: string, unit: string | null = null) =>
  placesChangedBetween(data, since, date, unit).map((c) => [
    c.place.id,
    c.kind,
    c.byDate ? `by ${c.date}` : c.date,
  ]);

describe('placesChangedBetween', () => {
  it('lists a place taken after since and on or before date, with the day it was taken', () => {
    expect(listed('2025-05-16', '2025-12-01')).toEqual([['pokrovsk', 'taken', '2025-11-20']]);
    expect(listed('2025-05-16', '2025-11-20')).toEqual([['pokrovsk', 'taken', '2025-11-20']]);
    expect(listed('2025-11-20', '2025-12-01')).toEqual([]);
  });

  it('lists a place regained and taken again twice, oldest first', () => {
    expect(listed('2024-07-08', '2025-03-01')).toEqual([
      ['vovchansk', 'taken', '2024-07-10'],
      ['vovchansk', 'regained', '2024-08-01'],
      ['vovchansk', 'taken', '2025-02-03'],
    ]);
  });

  it('keeps the places of one unit when asked', () => {
    expect(listed('2024-07-08', '2025-12-01', 'UA-14')).toEqual([
      ['pokrovsk', 'taken', '2025-11-20'],
    ]);
  });

  it('from the 2022 line, counts places inside on the series’ first day but not in 2022 as taken by that day', () => {
    expect(listed('2022-02-23', '2024-07-09')).toEqual([['bakhmut', 'taken', 'by 2024-07-08']]);
  });
});
