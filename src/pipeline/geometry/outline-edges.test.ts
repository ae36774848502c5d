import { describe, expect, it } from 'vitest';
import { OutlineEdges } from './outline-edges.ts';
import { box } from './test-shapes.ts';

describe('OutlineEdges', () => {
  const edges = new OutlineEdges(box([36, 47, 38, 48]));

  it('finds a line that runs along part of an outline segment', () => {
    expect(edges.runsAlong([38, 47.2], [38, 47.25])).toBe(true);
  });

  it('finds a line whose ends are intersection points computed with rounding', () => {
    expect(edges.runsAlong([37.98 + 0.02, 47.1 + 1e-13], [38 - 1e-13, 47.3])).toBe(true);
  });

  it('does not take a line inside the outline, however close, for part of it', () => {
    expect(edges.runsAlong([37.9999, 47.2], [37.9999, 47.25])).toBe(false);
  });

  it('does not take a chord between two points of the outline for part of it', () => {
    expect(edges.runsAlong([36, 47.5], [38, 47.5])).toBe(false);
  });
});
