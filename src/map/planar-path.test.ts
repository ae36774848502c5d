import type { GeoProjection } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { planarPath } from './planar-path.ts';

// Ten pixels a degree, y downwards, nothing else: what is tested is the path, not the projection.
const tenPerDegree = (([lon, lat]: [number, number]) => [lon * 10, -lat * 10]) as GeoProjection;
const path = planarPath(tenPerDegree);

describe('a flat path', () => {
  it('draws a polygon straight between its vertices, and closes it', () => {
    const square: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    expect(path(square)).toBe('M0,0L100,0L100,-100L0,-100Z');
  });

  it('leaves out vertices within half a pixel of the last one drawn, but never a line’s last', () => {
    const line: GeoJSON.LineString = {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [0.01, 0],
        [0.02, 0.01],
        [1, 0],
        [1.01, 0],
      ],
    };
    expect(path(line)).toBe('M0,0L10,0L10.1,0');
  });

  it('keeps holes as rings of their own, for the even-odd rule to cut out', () => {
    const framed: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0, 10],
          [10, 10],
          [10, 0],
          [0, 0],
        ],
        [
          [2, 2],
          [8, 2],
          [8, 8],
          [2, 8],
          [2, 2],
        ],
      ],
    };
    expect(path(framed)!.match(/M/g)).toHaveLength(2);
  });
});
