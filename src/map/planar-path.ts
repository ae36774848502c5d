import type { GeoProjection } from 'd3-geo';

/** How far a vertex must be from the last one drawn to be drawn, in CSS pixels (x and y summed). */
const MIN_STEP_PX = 0.5;

/** A feature's or a geometry's SVG path data; null when it draws nothing. */
export type FlatPath = (object: GeoJSON.Feature | GeoJSON.Geometry) => string | null;

/**
 * SVG path data drawn as MapLibre draws the same data: straight lines in Web Mercator between the
 * vertices. d3's own path would resample each edge along the great circle and clip on the sphere,
 * which cost a third of the first view's drawing and needs every ring wound as d3 reads the sphere;
 * drawn flat, the SVG's even-odd rule tells holes from outlines (svg-shapes.ts). A vertex within
 * half a pixel of the last one drawn is left out (a line's last always stays): at the whole
 * country's scale most of them are, and the browser lays out and paints every vertex it is given.
 * Coordinates are written to a tenth of a pixel.
 *
 * `projection` must be d3's Mercator, unrotated (as camera.ts fits it): the screen is then
 * x = x₀ + kλ, y = y₀ − k·ln tan(π/4 + φ/2), with λ and φ in radians, computed here inline.
 */
export function planarPath(projection: GeoProjection): FlatPath {
  const k = projection.scale();
  const [x0, y0] = projection([0, 0])!;
  const radians = Math.PI / 180;
  const tenth = (value: number) => Math.round(value * 10) / 10;

  const line = (coordinates: GeoJSON.Position[], closed: boolean, out: string[]) => {
    let lastX = 0;
    let lastY = 0;
    let skipped = '';
    // A ring's last position repeats its first: Z closes it.
    const end = closed ? coordinates.length - 1 : coordinates.length;
    for (let i = 0; i < end; i++) {
      const [lon, lat] = coordinates[i]!;
      const x = x0 + k * lon! * radians;
      const y = y0 - k * Math.log(Math.tan(Math.PI / 4 + (lat! * radians) / 2));
      if (i > 0 && Math.abs(x - lastX) + Math.abs(y - lastY) < MIN_STEP_PX) {
        skipped = `L${tenth(x)},${tenth(y)}`;
        continue;
      }
      out.push(`${i === 0 ? 'M' : 'L'}${tenth(x)},${tenth(y)}`);
      skipped = '';
      lastX = x;
      lastY = y;
    }
    if (closed) out.push('Z');
    else if (skipped) out.push(skipped);
  };

  const geometry = (g: GeoJSON.Geometry, out: string[]): void => {
    switch (g.type) {
      case 'Polygon':
        for (const ring of g.coordinates) line(ring, true, out);
        return;
      case 'MultiPolygon':
        for (const polygon of g.coordinates) for (const ring of polygon) line(ring, true, out);
        return;
      case 'LineString':
        line(g.coordinates, false, out);
        return;
      case 'MultiLineString':
        for (const part of g.coordinates) line(part, false, out);
        return;
      case 'GeometryCollection':
        for (const part of g.geometries) geometry(part, out);
        return;
      default:
        // Points are drawn as names (svg-labels.ts), not as paths.
        return;
    }
  };

  return (object) => {
    const g = object.type === 'Feature' ? object.geometry : object;
    if (!g) return null;
    const out: string[] = [];
    geometry(g, out);
    return out.length ? out.join('') : null;
  };
}
