import { projectX, projectY, type ScreenMercator } from './web-mercator.ts';

/** How far a vertex must be from the last one drawn to be drawn, in CSS pixels (x and y summed). */
const MIN_STEP_PX = 0.5;

/**
 * How far outside the view a vertex must lie to be left out with its neighbours there, in CSS
 * pixels: more than half the widest stroke drawn (3 px), so no outline shows where one was cut.
 */
const VIEW_MARGIN_PX = 8;

/** A feature's or a geometry's SVG path data; null when it draws nothing. */
export type FlatPath = (object: GeoJSON.Feature | GeoJSON.Geometry) => string | null;

/**
 * SVG path data drawn as MapLibre draws the same data: straight lines in Web Mercator between the
 * vertices. d3's own path would resample each edge along the great circle and clip on the sphere,
 * which cost a third of the first view's drawing and needs every ring wound as d3 reads the sphere;
 * drawn flat, the SVG's even-odd rule tells holes from outlines (svg-shapes.ts). The browser parses,
 * lays out and paints every vertex it is given, so two kinds are left out:
 *
 * - a vertex within half a pixel of the last one drawn (a line's last always stays): at the whole
 *   country's scale most of them are;
 * - with a `view` (its width and height in pixels), every vertex of a run that lies beyond one and
 *   the same edge of the view, but the run's first and last: the straight line between those two
 *   lies beyond that edge too, so nothing inside the view changes, neither a fill (even-odd
 *   included) nor an outline. Most of the neighbours' outlines (Russia's, Norway's) are such runs.
 *
 * Coordinates are written to a tenth of a pixel.
 */
export function planarPath(
  mercator: ScreenMercator,
  view: { width: number; height: number } | null = null,
): FlatPath {
  const write = lineWriter(view);
  let buffer = new Float64Array(1024);
  const line = (coordinates: GeoJSON.Position[], closed: boolean, out: string[]) => {
    if (buffer.length < coordinates.length * 2) buffer = new Float64Array(coordinates.length * 2);
    for (let i = 0; i < coordinates.length; i++) {
      buffer[2 * i] = projectX(mercator, coordinates[i]![0]!);
      buffer[2 * i + 1] = projectY(mercator, coordinates[i]![1]!);
    }
    write(buffer, coordinates.length, closed, out);
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

/**
 * Writes a line or ring given as screen coordinates (x and y interleaved, `count` points; a ring's
 * last repeats its first) as path data, leaving out what planarPath says it leaves out.
 */
export type LineWriter = (xy: Float64Array, count: number, closed: boolean, out: string[]) => void;

export function lineWriter(view: { width: number; height: number } | null): LineWriter {
  // Without a view no point lies beyond an edge.
  const [left, top] = view ? [-VIEW_MARGIN_PX, -VIEW_MARGIN_PX] : [-Infinity, -Infinity];
  const [right, bottom] = view
    ? [view.width + VIEW_MARGIN_PX, view.height + VIEW_MARGIN_PX]
    : [Infinity, Infinity];

  // This runs for every vertex of the first view, cold: the JIT has not compiled it yet, and each
  // call or string made per vertex counts. So the edges are tested inline, and a vertex's text is
  // made only when it is written, to a tenth of a pixel.
  return (xy, count, closed, out) => {
    const point = (command: string, i: number) =>
      command + Math.round(xy[2 * i]! * 10) / 10 + ',' + Math.round(xy[2 * i + 1]! * 10) / 10;
    let lastX = 0;
    let lastY = 0;
    // A vertex left out as too near, which a line's end must still draw.
    let skipped = -1;
    // The edges (one bit each) that every vertex since the last one drawn lies beyond, that one
    // included, and the latest of those vertices, which must be drawn once the run ends.
    let run = 0;
    let runEnd = -1;
    // A ring's last position repeats its first: Z closes it.
    const end = closed ? count - 1 : count;
    for (let i = 0; i < end; i++) {
      const x = xy[2 * i]!;
      const y = xy[2 * i + 1]!;
      const edges = (x < left ? 1 : x > right ? 2 : 0) | (y < top ? 4 : y > bottom ? 8 : 0);
      if (run & edges) {
        run &= edges;
        runEnd = i;
        continue;
      }
      if (runEnd >= 0) {
        out.push(point('L', runEnd));
        runEnd = -1;
      } else if (i > 0 && Math.abs(x - lastX) + Math.abs(y - lastY) < MIN_STEP_PX) {
        skipped = i;
        continue;
      }
      out.push(point(i === 0 ? 'M' : 'L', i));
      skipped = -1;
      run = edges;
      lastX = x;
      lastY = y;
    }
    if (runEnd >= 0) out.push(point('L', runEnd));
    if (closed) out.push('Z');
    else if (runEnd < 0 && skipped >= 0) out.push(point('L', skipped));
  };
}
