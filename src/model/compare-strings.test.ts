import { describe, expect, it } from 'vitest';
import { compareStrings, signedKm2, signedNetKm2 } from './compare-strings.ts';

describe('a comparison’s sentence', () => {
  it('adds up as read: the net is the difference of the parts as rounded', () => {
    const sentence = compareStrings.en.summary('2024-12-18', '2025-08-12', 2681.6, 7.4);
    expect(sentence).toContain(
      'Russia took 2,682\u00a0km² and Ukraine regained 7\u00a0km²: net +2,675\u00a0km²',
    );
    expect(compareStrings.uk.unit('Донецька', 2681.6, 7.4)).toMatch(/разом \+2\s675\sкм²/);
  });

  it('signs a net gain, a net loss and none', () => {
    expect(signedNetKm2(10.4, 3.6, 'en')).toBe('+6\u00a0km²');
    expect(signedNetKm2(0.4, 12, 'en')).toBe('−12\u00a0km²');
    expect(signedKm2(0.2, 'en')).toBe('0\u00a0km²');
  });
});
