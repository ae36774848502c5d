import { describe, expect, it } from 'vitest';
import { patternImage, patternMask, patternPath, type PatternKind } from './pattern.ts';

const kinds: PatternKind[] = [
  'diagonal',
  'back-diagonal',
  'cross',
  'horizontal',
  'vertical',
  'dots',
  'grid',
  'checker',
  'rings',
];

describe('patterns', () => {
  it('are all different shapes, so no two differ by colour alone', () => {
    const masks = kinds.map((k) => JSON.stringify(patternMask(k)));
    expect(new Set(masks).size).toBe(kinds.length);
  });

  it('leave most of each tile clear so the land below stays visible', () => {
    for (const kind of kinds) {
      const ink = patternMask(kind).flat().filter(Boolean).length;
      expect(ink, kind).toBeGreaterThan(0);
      expect(ink / 64, kind).toBeLessThan(0.45);
    }
  });

  it('paint ink pixels in the colour and leave the rest transparent', () => {
    const image = patternImage('horizontal', '#336699');
    expect([...image.data.slice(0, 4)]).toEqual([0x33, 0x66, 0x99, 235]);
    expect(image.data[8 * 4 * 2 + 3]).toBe(0);
  });

  it('draw the same pixels as an SVG path', () => {
    const squares = patternPath('dots').match(/M/g)!.length;
    expect(squares).toBe(patternMask('dots').flat().filter(Boolean).length);
  });

  it('refuse a colour they cannot read', () => {
    expect(() => patternImage('dots', 'red')).toThrow('expected a colour #rrggbb, got "red"');
  });
});
