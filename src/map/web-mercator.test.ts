import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { fitMercator, mercatorAround, project, zoomOf } from './web-mercator.ts';

// Ukraine's bounds as the manifest gives them, and towns across them.
const BOUNDS = [22.1, 44.3, 40.3, 52.4] as const;
const POINTS = [
  [30.52, 50.45], // Kyiv
  [37.18, 48.28], // Pokrovsk
  [33.52, 44.6], // Sevastopol
  [22.29, 48.62], // Uzhhorod
  [40.2, 49.0],
];

describe('the SVG map’s Mercator', () => {
  it('fits the bounds into a view as d3’s Mercator fits them (to a thousandth of a pixel)', () => {
    for (const [width, height] of [
      [880, 730],
      [390, 300],
      [300, 640],
    ] as const) {
      const extent: [[number, number], [number, number]] = [
        [16, 16],
        [width - 16, height - 16],
      ];
      const corners: GeoJSON.MultiPoint = {
        type: 'MultiPoint',
        coordinates: [
          [BOUNDS[0], BOUNDS[1]],
          [BOUNDS[2], BOUNDS[3]],
        ],
      };
      const d3 = geoMercator().fitExtent(extent, corners);
      const ours = fitMercator(BOUNDS, extent);
      for (const point of POINTS) {
        const [x, y] = project(ours, point);
        const [dx, dy] = d3(point as [number, number])!;
        expect(x).toBeCloseTo(dx, 3);
        expect(y).toBeCloseTo(dy, 3);
      }
    }
  });

  it('fills the view on one axis and centres the bounds on the other', () => {
    const m = fitMercator(BOUNDS, [
      [0, 0],
      [1000, 1000],
    ]);
    const [west, north] = project(m, [BOUNDS[0], BOUNDS[3]]);
    const [east, south] = project(m, [BOUNDS[2], BOUNDS[1]]);
    // Ukraine is wider than tall in Mercator: it spans the width, centred in the height.
    expect(west).toBeCloseTo(0, 6);
    expect(east).toBeCloseTo(1000, 6);
    expect((north + south) / 2).toBeCloseTo(500, 6);
    expect(south - north).toBeLessThan(1000);
  });

  it('puts a place in the middle at MapLibre’s zoom, and reads that zoom back', () => {
    const m = mercatorAround([37.18, 48.28], 7.5, { width: 390, height: 300 });
    const [x, y] = project(m, [37.18, 48.28]);
    expect(x).toBeCloseTo(195, 9);
    expect(y).toBeCloseTo(150, 9);
    expect(zoomOf(m)).toBeCloseTo(7.5, 12);
    // At zoom 7.5 the world is 512 × 2^7.5 px around: a degree of longitude is that over 360.
    const [east] = project(m, [38.18, 48.28]);
    expect(east - x).toBeCloseTo((512 * 2 ** 7.5) / 360, 9);
  });

  it('matches d3’s Mercator scaled, centred and translated the same way', () => {
    const k = (512 * 2 ** 6) / (2 * Math.PI);
    const d3 = geoMercator().scale(k).center([31, 49]).translate([400, 300]);
    const ours = mercatorAround([31, 49], 6, { width: 800, height: 600 });
    for (const point of POINTS) {
      const [x, y] = project(ours, point);
      const [dx, dy] = d3(point as [number, number])!;
      expect(x).toBeCloseTo(dx, 6);
      expect(y).toBeCloseTo(dy, 6);
    }
  });
});
