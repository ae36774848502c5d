/** Plain coordinate arrays, as in GeoJSON, with longitude first. */
export type Position = [number, number];
export type Ring = Position[];
export type Polygon = Ring[];
export type MultiPolygon = Polygon[];
/** [west, south, east, north] */
export type BBox = [number, number, number, number];
