import { describe, expect, it } from 'vitest';
import { quotesByPlace } from './quotes-by-place.ts';

describe('quotesByPlace', () => {
  it('lists each place’s quotes in the quotes’ order, and only places some quote is about', () => {
    const byPlace = quotesByPlace([
      { id: 'advancing', about: { places: ['pokrovsk'] } },
      { id: 'our-land', about: {} },
      { id: 'should-fall', about: { places: ['pokrovsk', 'myrnohrad'] } },
    ]);
    expect([...byPlace]).toEqual([
      ['pokrovsk', ['advancing', 'should-fall']],
      ['myrnohrad', ['should-fall']],
    ]);
  });
});
