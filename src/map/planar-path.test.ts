import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { planarPath } from './planar-path.ts';

// Mercator at 10 px a degree along the equator, the origin at (0, 0): y grows southwards, and
// faster towards the poles (1° north is 10 px up, 10° north 100.5 px).
const projection = geoMercator()
  .scale((10 * 180) / Math.PI)
  .translate([0, 0]);
const path = planarPath(projection);

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
    expect(path(square)).toBe('M0,0L100,0L100,-100.5L0,-100.5Z');
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
