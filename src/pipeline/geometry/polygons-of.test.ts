import { describe, expect, it } from 'vitest';
import { polygonsOf } from './polygons-of.ts';

const read = (geometry: unknown) => () =>
  polygonsOf(geometry, 'day.geojson', 'features[0].geometry');
const square = [
  [37, 47],
  [38, 47],
  [38, 48],
  [37, 48],
  [37, 47],
];

describe('polygonsOf', () => {
  it('reads a Polygon as a one-polygon MultiPolygon and drops third coordinates', () => {
    const withZ = square.map(([x, y]) => [x, y, 0]);
    expect(polygonsOf({ type: 'Polygon', coordinates: [withZ] }, 'f', 'g')).toEqual([[square]]);
  });

  it('flattens a GeometryCollection of polygons', () => {
    const g = {
      type: 'GeometryCollection',
      geometries: [{ type: 'Polygon', coordinates: [square] }],
    };
    expect(polygonsOf(g, 'f', 'g')).toEqual([[square]]);
  });

  it('names the file and path of a geometry that is not a polygon', () => {
    expect(read({ type: 'Point', coordinates: [37, 47] })).toThrow(
      'day.geojson: features[0].geometry.type: expected Polygon or MultiPolygon, found "Point"',
    );
  });

  it('refuses a ring that is not closed', () => {
    expect(
      read({ type: 'Polygon', coordinates: [square.slice(0, 4).concat([[37.5, 47.5]])] }),
    ).toThrow(/coordinates\[0\]: ring is not closed/);
  });

  it('refuses a ring with fewer than four positions', () => {
    expect(
      read({
        type: 'Polygon',
        coordinates: [
          [
            [37, 47],
            [38, 47],
            [37, 47],
          ],
        ],
      }),
    ).toThrow('expected a ring of at least 4 positions');
  });

  it('refuses projected coordinates and says what was expected', () => {
    const metres = square.map(([x, y]) => [x! * 111_000, y! * 111_000]);
    expect(read({ type: 'MultiPolygon', coordinates: [[metres]] })).toThrow(
      /coordinates\[0\]\[0\]\[0\]: \[4107000, 5217000\] is outside .* expected WGS84 longitude\/latitude/,
    );
  });

  it('refuses swapped axes, which put Ukraine in the Caspian steppe', () => {
    const swapped = square.map(([x, y]) => [y, x]);
    expect(read({ type: 'Polygon', coordinates: [swapped] })).toThrow(/axes swapped/);
  });

  it('refuses positions that are not numbers', () => {
    expect(
      read({
        type: 'Polygon',
        coordinates: [
          [
            [37, 47],
            ['38', 47],
            [38, 48],
            [37, 47],
          ],
        ],
      }),
    ).toThrow('coordinates[0][1]: expected two finite numbers, found ["38",47]');
  });

  it('refuses a self-intersecting polygon and says where', () => {
    const bowTie = [
      [37, 47],
      [38, 48],
      [38, 47],
      [37, 48],
      [37, 47],
    ];
    expect(read({ type: 'Polygon', coordinates: [bowTie] })).toThrow(
      'invalid polygon: its edges cross themselves near [37.5, 47.5]',
    );
  });
});
