import { describe, expect, it } from 'vitest';
import type { ScreenMercator } from './web-mercator.ts';
import { planarPath } from './planar-path.ts';

// Mercator at 10 px a degree along the equator, the origin at (0, 0): y grows southwards, and
// faster towards the poles (1° north is 10 px up, 10° north 100.5 px).
const projection: ScreenMercator = { k: (10 * 180) / Math.PI, x0: 0, y0: 0 };
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

  it('keeps only the ends of a run of vertices beyond one edge of the view', () => {
    // A 100 × 100 px view; the square's right half wanders far beyond its right edge.
    const inView = planarPath(projection, { width: 100, height: 100 });
    const square: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [1, -1],
          [30, -1],
          [40, -3],
          [50, -5],
          [30, -9],
          [1, -9],
          [1, -1],
        ],
      ],
    };
    expect(inView(square)).toBe('M10,10L300,10L300,90.4L10,90.4Z');
    // Without a view every vertex is drawn.
    expect(path(square)!.match(/L/g)).toHaveLength(5);
  });

  it('changes no fill inside the view, by the even-odd rule', () => {
    const view = { width: 100, height: 100 };
    const inView = planarPath(projection, view);
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let shape = 0; shape < 25; shape++) {
      // A ring of 60 vertices scattered over three times the view each way, around it.
      const ring = Array.from({ length: 60 }, () => [random() * 30 - 10, -(random() * 30 - 10)]);
      const polygon: GeoJSON.Polygon = { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
      const full = ringsOf(path(polygon)!);
      const reduced = ringsOf(inView(polygon)!);
      expect(reduced.flat().length).toBeLessThan(full.flat().length);
      for (let x = 0.5; x < view.width; x += 3)
        for (let y = 0.5; y < view.height; y += 3)
          expect(insideEvenOdd(reduced, x, y), `${x},${y} of shape ${shape}`).toBe(
            insideEvenOdd(full, x, y),
          );
    }
  });
});

/** The rings of M…L…Z path data, as points. */
function ringsOf(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((ring) =>
      ring
        .replace('Z', '')
        .split('L')
        .map((point) => point.split(',').map(Number) as [number, number]),
    );
}

/** Whether a point is inside rings by the even-odd rule: a ray crossing them an odd number of times. */
function insideEvenOdd(rings: [number, number][][], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}
