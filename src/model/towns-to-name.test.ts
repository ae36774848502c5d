import { describe, expect, it } from 'vitest';
import { placesFixture } from './places-fixture.ts';
import { namedAt, roomFor, townsToName } from './towns-to-name.ts';

const { places } = placesFixture();
const byId = (id: string) => places.find((p) => p.id === id)!;
const quoted = places.map((p) => (p.id === 'pokrovsk' ? { ...p, quotes: ['advancing'] } : p));
const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('townsToName', () => {
  it('names no town where the zoom shows only the capital, unless a source names it', () => {
    expect(townsToName(places, 3.9, null)).toEqual([]);
    expect(ids(townsToName(quoted, 3.9, null))).toEqual(['pokrovsk']);
  });

  it('tries the towns the sources name first, then by rank and population', () => {
    const plain = ids(townsToName(places, 7, null));
    expect(plain.indexOf('kramatorsk')).toBeLessThan(plain.indexOf('pokrovsk'));
    const named = ids(townsToName(quoted, 7, null));
    expect(named[0]).toBe('pokrovsk');
    expect(named.slice(1)).toEqual(plain.filter((id) => id !== 'pokrovsk'));
  });

  it('names the capital at every zoom, before the other ranks', () => {
    const capital = places.map((p) => (p.id === 'kramatorsk' ? { ...p, rank: 0 } : p));
    expect(ids(townsToName(capital, 3.5, null))).toEqual(['kramatorsk']);
    expect(ids(townsToName(capital, 7, null))[0]).toBe('kramatorsk');
  });

  it('leaves out the chosen place, which is named apart', () => {
    expect(ids(townsToName(quoted, 7, byId('pokrovsk')))).not.toContain('pokrovsk');
  });
});

describe('namedAt', () => {
  it('names a town the sources name at any zoom, others from the zoom their rank shows', () => {
    expect(namedAt(3, 4, true)).toBe(true);
    expect(namedAt(3, 2, false)).toBe(false);
    expect(namedAt(4, 2, false)).toBe(true);
    expect(namedAt(3, 0, false)).toBe(true);
  });
});

describe('roomFor', () => {
  it('has the oblasts’ names give way to the capital and a town the sources name, move for an oblast’s centre, and do nothing for the rest', () => {
    const kramatorsk = byId('kramatorsk');
    expect(roomFor(quoted.find((p) => p.id === 'pokrovsk')!)).toBe('give-way');
    expect(roomFor({ ...kramatorsk, rank: 0 })).toBe('give-way');
    expect(roomFor({ ...kramatorsk, rank: 1, centreOf: ['UA-14'] })).toBe('move');
    expect(roomFor(kramatorsk)).toBeUndefined();
  });
});
