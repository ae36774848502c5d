import { describe, expect, it } from 'vitest';
import { selectionOf } from './selection.ts';

describe('selectionOf', () => {
  it('reads an ISO 3166-2 code as a unit', () => {
    expect(selectionOf('UA-14')).toEqual({ unit: 'UA-14', area: null });
  });

  it('reads any other region as the id of an area', () => {
    expect(selectionOf('donetsk-rest')).toEqual({ unit: null, area: 'donetsk-rest' });
  });

  it('selects nothing without a region', () => {
    expect(selectionOf(null)).toEqual({ unit: null, area: null });
  });
});
