import type { MultiPolygon } from '../geometry/types.ts';

/** Coordinates to 6 decimals (about 0.1 m): no float noise such as 31.522000000000002 in files. */
export function roundCoordinates(polygons: MultiPolygon): MultiPolygon {
  return polygons.map((polygon) =>
    polygon.map((ring) =>
      ring.map(([x, y]) => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6]),
    ),
  );
}
