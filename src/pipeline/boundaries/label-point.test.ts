import { describe, expect, it } from 'vitest';
import { box } from '../geometry/test-shapes.ts';
import { labelAlternatives, labelPoint, verticalRoom } from './label-point.ts';

// Three degrees of longitude at 49° N are about as long on a map as two of latitude.
const unit = box([30, 48, 33, 50]);
const middle: [number, number] = [31.5, 49];
const near = (a: [number, number], b: [number, number], within: number) =>
  Math.abs(a[0] - b[0]) <= within && Math.abs(a[1] - b[1]) <= within;

describe('labelPoint', () => {
  it('puts the label in the middle of a unit that is square on the map', () => {
    expect(near(labelPoint(unit), middle, 0.01)).toBe(true);
  });

  it('keeps the label out of a hole in the middle', () => {
    const ring = box([30, 48, 34, 52])[0]![0]!;
    const hole = box([31, 49, 33, 51])[0]![0]!.slice().reverse();
    const [lon, lat] = labelPoint([[ring, hole]]);
    const insideHole = lon > 31 && lon < 33 && lat > 49 && lat < 51;
    expect(insideHole).toBe(false);
  });

  it('labels the largest of several polygons', () => {
    const [lon] = labelPoint([...box([20, 48, 20.5, 48.5]), ...box([30, 48, 34, 52])]);
    expect(lon).toBeGreaterThan(30);
  });

  it('stays in the middle when the towns the first view names leave it room', () => {
    const towns: [number, number][] = [
      [30.2, 48.2],
      [32.8, 49.8],
    ];
    expect(near(labelPoint(unit, { towns, nameWidthPx: 60, zoom: 5 }), middle, 0.01)).toBe(true);
  });

  it('moves the name off a town in the middle, and keeps it well inside', () => {
    const [lon, lat] = labelPoint(unit, { towns: [middle], nameWidthPx: 60, zoom: 5 });
    // A line of names apart (about 0.26° of latitude at zoom 5 here), or a name's width across.
    expect(Math.abs(lat - 49) > 0.25 || Math.abs(lon - 31.5) > 0.6).toBe(true);
    expect(Math.min(lat - 48, 50 - lat, lon - 30, 33 - lon)).toBeGreaterThan(0.5);
  });

  it('keeps a long name farther from a town beside it than a short one', () => {
    const beside: [number, number][] = [[32, 49]];
    const short = labelPoint(unit, { towns: beside, nameWidthPx: 20, zoom: 5 });
    const long = labelPoint(unit, { towns: beside, nameWidthPx: 200, zoom: 5 });
    expect(near(short, middle, 0.01)).toBe(true);
    expect(near(long, middle, 0.1)).toBe(false);
  });

  it('keeps a name farther from a town on a map zoomed out than in, as many pixels apart', () => {
    const beside: [number, number][] = [[32, 49]];
    const zoomedIn = labelPoint(unit, { towns: beside, nameWidthPx: 20, zoom: 5 });
    const zoomedOut = labelPoint(unit, { towns: beside, nameWidthPx: 20, zoom: 3.85 });
    expect(near(zoomedIn, middle, 0.01)).toBe(true);
    expect(near(zoomedOut, middle, 0.1)).toBe(false);
  });
});

describe('labelAlternatives', () => {
  // Distances as the map shows them: longitude scaled by the cosine of 49° N.
  const onMap = ([lon, lat]: readonly number[], [lon2, lat2]: readonly number[]) =>
    Math.hypot((lon! - lon2!) * Math.cos((49 * Math.PI) / 180), lat! - lat2!);
  const edge = ([lon, lat]: readonly number[]) =>
    Math.min(
      lat! - 48,
      50 - lat!,
      (lon! - 30) * Math.cos((49 * Math.PI) / 180),
      (33 - lon!) * Math.cos((49 * Math.PI) / 180),
    );

  it('offers other points deep inside the unit, apart from its own point and from each other', () => {
    const alternatives = labelAlternatives(unit, [middle]);
    expect(alternatives.length).toBeGreaterThan(1);
    for (const point of alternatives) {
      // At least 0.35 times as far from the edges as the middle (1° of latitude from the nearest).
      expect(edge(point)).toBeGreaterThanOrEqual(0.35 - 0.01);
      expect(onMap(point, middle)).toBeGreaterThanOrEqual(0.3);
    }
    for (const [i, a] of alternatives.entries())
      for (const b of alternatives.slice(i + 1)) expect(onMap(a, b)).toBeGreaterThanOrEqual(0.3);
  });

  it('gives each other point its room north and south, to the unit’s edges', () => {
    for (const [lon, lat, north, south] of labelAlternatives(unit, [middle])) {
      expect(north).toBeCloseTo(50 - lat, 2);
      expect(south).toBeCloseTo(lat - 48, 2);
      expect(lon).toBeGreaterThan(30);
    }
  });

  it('offers none for a unit too small to hold a name anywhere but its point', () => {
    const small = box([30, 48, 30.3, 48.2]);
    expect(labelAlternatives(small, [[30.15, 48.1]])).toEqual([]);
  });

  it('keeps the other points clear of the towns the map names', () => {
    const towns: [number, number][] = [
      [31, 48.6],
      [32, 49.4],
    ];
    const clear = labelAlternatives(unit, [middle], [{ towns, nameWidthPx: 60, zoom: 5 }]);
    expect(clear.length).toBeGreaterThan(0);
    for (const point of clear)
      for (const [lon, lat] of towns)
        expect(Math.abs(point[1] - lat) > 0.25 || Math.abs(point[0] - lon) > 0.6).toBe(true);
  });
});

describe('verticalRoom', () => {
  it('measures from a point to the edges straight above and below it, in degrees of latitude', () => {
    expect(verticalRoom(unit, [31.5, 48.25])).toEqual([1.75, 0.25]);
  });

  it('stops at a hole', () => {
    const ring = box([30, 48, 34, 52])[0]![0]!;
    const hole = box([31, 49, 33, 51])[0]![0]!.slice().reverse();
    expect(verticalRoom([[ring, hole]], [32, 48.5])).toEqual([0.5, 0.5]);
  });

  it('gives no room at a point outside the unit', () => {
    expect(verticalRoom(unit, [31.5, 47.5])).toEqual([0, 0]);
  });
});
