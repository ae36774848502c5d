import type { GeoJsonProperties } from 'geojson';
import type { GeometryCollection, GeometryObject } from 'topojson-specification';
import type { PackedTopology } from '../model/packed-topology.ts';
import { lineWriter, type LineWriter } from './planar-path.ts';
import { markKeptVertices } from './simplify-line.ts';
import type { ScreenMercator } from './web-mercator.ts';

/**
 * How far from an arc's drawn line a vertex may lie and be left out, in CSS pixels: the tolerance
 * MapLibre simplifies its GeoJSON sources with by default (`tolerance`, 0.375), so that the map it
 * draws later looks the same. At the whole country's scale most of the vertices go.
 */
const SIMPLIFY_PX = 0.375;

/** One of a topology's geometries, with the properties the pipeline gave it. */
export type TopoGeometry = GeometryObject<GeoJsonProperties>;

/**
 * SVG path data straight from a topology, drawn as planarPath draws the same features decoded
 * (straight in Web Mercator, the same vertices left out) once each arc is simplified, without
 * making their GeoJSON: the first view waits for its drawing, and decoding every unit and
 * neighbour into arrays of positions cost it more than drawing them (the GeoJSON is made later,
 * for MapLibre: base-geometry.ts). Each arc is projected and simplified once, though two units
 * share it, so their borders still meet.
 */
export class TopologyPath {
  /** Every arc on the screen, simplified, once the first is read. */
  private screen: { xy: Float64Array; starts: Uint32Array } | null = null;
  private readonly write: LineWriter;
  private line = new Float64Array(4096);

  constructor(
    private readonly topology: PackedTopology,
    private readonly mercator: ScreenMercator,
    view: { width: number; height: number } | null,
  ) {
    this.write = lineWriter(view);
  }

  /** A polygon's or multipolygon's path data; null for any other geometry, or an empty one. */
  polygon = (geometry: TopoGeometry): string | null => {
    const polygons =
      geometry.type === 'Polygon'
        ? [geometry.arcs]
        : geometry.type === 'MultiPolygon'
          ? geometry.arcs
          : [];
    const out: string[] = [];
    for (const polygon of polygons) for (const ring of polygon) this.draw(ring, true, out);
    return out.length ? out.join('') : null;
  };

  /**
   * The edge of a collection's whole as lines: the arcs only one of its polygons has (a country's
   * border and coast, as topojson's mesh with a === b finds them), each run of them around a ring
   * drawn as one line so that its joins are joins, not two ends.
   */
  outline(collection: GeometryCollection<GeoJsonProperties>): string | null {
    const rings = collection.geometries.flatMap((g) =>
      g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : [],
    );
    const uses = new Map<number, number>();
    for (const ring of rings)
      for (const arc of ring) uses.set(arcIndex(arc), (uses.get(arcIndex(arc)) ?? 0) + 1);
    const out: string[] = [];
    for (const ring of rings) {
      const outer = ring.map((arc) => uses.get(arcIndex(arc)) === 1);
      if (outer.every(Boolean)) {
        this.draw(ring, true, out);
        continue;
      }
      // Start after an inner arc, so that no run is cut where the ring's list begins.
      const start = outer.indexOf(false) + 1;
      let run: number[] = [];
      for (let step = 0; step <= ring.length; step++) {
        const at = (start + step) % ring.length;
        if (step < ring.length && outer[at]) run.push(ring[at]!);
        else if (run.length) {
          this.draw(run, false, out);
          run = [];
        }
      }
    }
    return out.length ? out.join('') : null;
  }

  private draw(arcs: readonly number[], closed: boolean, out: string[]): void {
    const count = this.join(arcs);
    this.write(this.line, count, closed, out);
  }

  /** Arcs one after the other into `this.line`, a shared end once; returns the number of points. */
  private join(arcs: readonly number[]): number {
    this.screen ??= screenArcs(this.topology, this.mercator);
    const { xy, starts } = this.screen;
    let count = 0;
    for (const arc of arcs) {
      const index = arcIndex(arc);
      if (index >= starts.length - 1) throw new Error(`topology has no arc ${index}`);
      const first = starts[index]!;
      const n = starts[index + 1]! - first;
      if (this.line.length < (count + n) * 2) {
        const longer = new Float64Array(Math.max(this.line.length * 2, (count + n) * 2));
        longer.set(this.line.subarray(0, count * 2));
        this.line = longer;
      }
      // Each arc after the first begins where the last ended.
      const skip = count > 0 ? 1 : 0;
      for (let i = skip; i < n; i++) {
        const from = first + (arc >= 0 ? i : n - 1 - i);
        this.line[count * 2] = xy[from * 2]!;
        this.line[count * 2 + 1] = xy[from * 2 + 1]!;
        count++;
      }
    }
    return count;
  }
}

/**
 * Every arc's points on the screen, decoded from the topology's quantized deltas and simplified,
 * one arc after the other in `xy` (x and y interleaved; arc i's points from `starts[i]` to
 * `starts[i + 1]`). All in a few long loops, nothing made per arc: this runs cold, for every vertex
 * of the first view, and the engine compiles a long loop in one call far sooner than a short one in
 * a thousand.
 */
function screenArcs(topology: PackedTopology, mercator: ScreenMercator) {
  const arcs = topology.arcs;
  const starts = new Uint32Array(arcs.length + 1);
  for (let i = 0; i < arcs.length; i++) starts[i + 1] = starts[i]! + arcs[i]!.length / 2;
  const total = starts[arcs.length]!;
  const xy = new Float64Array(total * 2);
  // Without a transform the positions are absolute: a scale of 1 and no deltas.
  const { scale, translate } = topology.transform ?? { scale: [1, 1], translate: [0, 0] };
  const delta = topology.transform ? 1 : 0;
  const { k, x0, y0 } = mercator;
  const radians = Math.PI / 180;
  let j = 0;
  for (const arc of arcs) {
    let qx = 0;
    let qy = 0;
    // web-mercator.ts's projection, inline: this loop runs for every vertex.
    for (let i = 0; i < arc.length; i += 2) {
      qx = qx * delta + arc[i]!;
      qy = qy * delta + arc[i + 1]!;
      const lon = qx * scale[0] + translate[0];
      const lat = qy * scale[1] + translate[1];
      xy[j++] = x0 + k * lon * radians;
      xy[j++] = y0 - k * Math.log(Math.tan(Math.PI / 4 + (lat * radians) / 2));
    }
  }
  const kept = new Uint8Array(total);
  for (let i = 0; i < arcs.length; i++)
    if (starts[i + 1]! > starts[i]!)
      markKeptVertices(xy, starts[i]!, starts[i + 1]! - 1, SIMPLIFY_PX, kept);
  // The kept points moved to the front, in place; each arc's start moved with them.
  let to = 0;
  for (let i = 0; i < arcs.length; i++) {
    const [from, end] = [starts[i]!, starts[i + 1]!];
    starts[i] = to;
    for (let p = from; p < end; p++)
      if (kept[p]) {
        xy[2 * to] = xy[2 * p]!;
        xy[2 * to + 1] = xy[2 * p + 1]!;
        to++;
      }
  }
  starts[arcs.length] = to;
  return { xy, starts };
}

/** Topojson's reference to an arc read backwards is its index's ones' complement. */
function arcIndex(arc: number): number {
  return arc < 0 ? ~arc : arc;
}

/** The geometries of a topology's collection, each with its properties. */
export function geometriesOf(topology: PackedTopology, object: string): TopoGeometry[] {
  const collection = topology.objects[object];
  if (!collection) throw new Error(`topology has no object "${object}"`);
  return collection.type === 'GeometryCollection' ? collection.geometries : [collection];
}

/** A property the pipeline gave a topology's geometry. */
export function propertyOf(geometry: TopoGeometry, name: string): unknown {
  return (geometry.properties as GeoJsonProperties | undefined)?.[name];
}
