import { geoPath, geoTransform, type GeoPath, type GeoProjection } from 'd3-geo';

/** How far a vertex must be from the last one drawn to be drawn, in CSS pixels. */
const MIN_STEP_PX = 0.5;

/**
 * SVG paths drawn as MapLibre draws the same data: straight lines in Web Mercator between the
 * vertices. A projection's own path would resample each edge along the great circle and clip on
 * the sphere, which costs a third of the first view's drawing and needs every ring wound as d3
 * reads the sphere; drawn flat, the SVG's even-odd rule tells holes from outlines (svg-shapes.ts).
 * A vertex within half a pixel of the last one drawn is left out (the last of a line always
 * stays): at the whole country's scale most of them are, and the browser lays out and paints
 * every vertex it is given.
 */
export function planarPath(projection: GeoProjection): GeoPath {
  let lastX = 0;
  let lastY = 0;
  let first = true;
  let skipped: [number, number] | null = null;
  const flat = geoTransform({
    lineStart() {
      first = true;
      skipped = null;
      this.stream.lineStart();
    },
    point(lon: number, lat: number) {
      const [x, y] = projection([lon, lat])!;
      if (!first && Math.abs(x - lastX) + Math.abs(y - lastY) < MIN_STEP_PX) {
        skipped = [x, y];
        return;
      }
      first = false;
      skipped = null;
      lastX = x;
      lastY = y;
      this.stream.point(x, y);
    },
    lineEnd() {
      if (skipped) this.stream.point(skipped[0], skipped[1]);
      skipped = null;
      this.stream.lineEnd();
    },
  });
  // A tenth of a pixel is finer than any screen draws, and a third of the characters of d3's default.
  return geoPath(flat).digits(1);
}
