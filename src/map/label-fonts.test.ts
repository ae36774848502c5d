import { describe, expect, it } from 'vitest';
import { staticLabelFaces } from './label-fonts.ts';

describe('staticLabelFaces', () => {
  it('sets an English map in the Latin faces only, both weights', () => {
    const faces = staticLabelFaces('en');
    expect(faces.map((f) => f.weight)).toEqual(['400', '600']);
    expect(faces.every((f) => /latin/.test(f.url) && !/cyrillic/.test(f.url))).toBe(true);
  });

  it('sets a Ukrainian map in the Cyrillic faces and the Latin ones for its digits', () => {
    const faces = staticLabelFaces('uk');
    expect(faces.filter((f) => /cyrillic/.test(f.url))).toHaveLength(2);
    expect(faces.filter((f) => /latin/.test(f.url))).toHaveLength(2);
    expect(faces.find((f) => /cyrillic/.test(f.url))!.unicodeRange).toContain('U+0400-045F');
  });
});
