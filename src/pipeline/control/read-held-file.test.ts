import { describe, expect, it } from 'vitest';
import { readHeldFile } from './read-held-file.ts';

const square = [
  [
    [37, 47],
    [38, 47],
    [38, 48],
    [37, 48],
    [37, 47],
  ],
];
const collection = (features: unknown[], extra: object = {}) =>
  JSON.stringify({ type: 'FeatureCollection', ...extra, features });

describe('readHeldFile', () => {
  it('reads the polygons of a daily file', () => {
    const text = collection([
      {
        type: 'Feature',
        properties: {},
        geometry: { type: 'MultiPolygon', coordinates: [square] },
      },
    ]);
    expect(readHeldFile(text, 'day.geojson')).toEqual([square]);
  });

  it('merges several features so that overlaps count once', () => {
    const f = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: square },
    };
    expect(readHeldFile(collection([f, f]), 'day.geojson')).toHaveLength(1);
  });

  it('names the file when it is empty', () => {
    expect(() => readHeldFile('', 'day.geojson')).toThrow('day.geojson: is empty; expected JSON');
  });

  it('names the file when it is truncated', () => {
    expect(() => readHeldFile('{"type":"FeatureCollection","features":[', 'day.geojson')).toThrow(
      /^day\.geojson: is not valid JSON/,
    );
  });

  it('refuses JSON that is not a FeatureCollection', () => {
    expect(() => readHeldFile('[1,2]', 'day.geojson')).toThrow(
      'day.geojson: expected a GeoJSON FeatureCollection',
    );
  });

  it('refuses a collection with no features', () => {
    expect(() => readHeldFile(collection([]), 'day.geojson')).toThrow('features: empty');
  });

  it('refuses a declared projected coordinate system', () => {
    const crs = { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } } };
    expect(() => readHeldFile(collection([], crs), 'day.geojson')).toThrow(
      'day.geojson: crs: "urn:ogc:def:crs:EPSG::3857"; expected WGS84 longitude/latitude (CRS84)',
    );
  });
});
