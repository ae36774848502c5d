import type { BBox, MultiPolygon, Polygon } from './types.ts';

/** An axis-aligned lon/lat box as a one-polygon MultiPolygon, counter-clockwise. */
export function box([west, south, east, north]: BBox): MultiPolygon {
  return [boxPolygon([west, south, east, north])];
}

export function boxPolygon([west, south, east, north]: BBox): Polygon {
  return [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ];
}

/**
 * The exact area of a lon/lat box on turf's sphere (radius 6,371,008.8 m), in km²:
 * R² · Δλ · (sin φ₂ − sin φ₁). Lets tests check areas by hand.
 */
export function boxAreaKm2([west, south, east, north]: BBox): number {
  const R = 6371008.8;
  const rad = Math.PI / 180;
  return (R * R * (east - west) * rad * (Math.sin(north * rad) - Math.sin(south * rad))) / 1e6;
}
