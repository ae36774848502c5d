import type { GeoProjection } from 'd3-geo';
import type { GeoJsonProperties } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { lineWriter, type LineWriter } from './planar-path.ts';

/** One of a topology's geometries, with the properties the pipeline gave it. */
export type TopoGeometry = GeometryObject<GeoJsonProperties>;

/**
 * SVG path data straight from a topology, drawn as planarPath draws the same features decoded
 * (straight in Web Mercator, the same vertices left out), without making their GeoJSON: the first
 * view waits for its drawing, and decoding every unit and neighbour into arrays of positions cost
 * it more than drawing them (the GeoJSON is made later, for MapLibre: base-geometry.ts). Each arc
 * is projected once, though two units share it.
 */
export class TopologyPath {
  private readonly projected: (Float64Array | undefined)[] = [];
  private readonly write: LineWriter;
  private readonly mercator: { k: number; x0: number; y0: number };
  private line = new Float64Array(4096);

  constructor(
    private readonly topology: Topology,
    projection: GeoProjection,
    view: { width: number; height: number } | null,
  ) {
    const [x0, y0] = projection([0, 0])!;
    this.mercator = { k: projection.scale(), x0, y0 };
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
    let count = 0;
    for (const arc of arcs) {
      const points = this.arc(arcIndex(arc));
      const n = points.length / 2;
      if (this.line.length < (count + n) * 2) {
        const longer = new Float64Array(Math.max(this.line.length * 2, (count + n) * 2));
        longer.set(this.line.subarray(0, count * 2));
        this.line = longer;
      }
      // Each arc after the first begins where the last ended.
      const skip = count > 0 ? 1 : 0;
      for (let i = skip; i < n; i++) {
        const from = arc >= 0 ? i : n - 1 - i;
        this.line[count * 2] = points[from * 2]!;
        this.line[count * 2 + 1] = points[from * 2 + 1]!;
        count++;
      }
    }
    return count;
  }

  /** An arc's points on the screen, decoded from the topology's quantized deltas once. */
  private arc(index: number): Float64Array {
    let points = this.projected[index];
    if (points) return points;
    const arc = this.topology.arcs[index];
    if (!arc) throw new Error(`topology has no arc ${index}`);
    points = new Float64Array(arc.length * 2);
    // Without a transform the positions are absolute: a scale of 1 and no deltas.
    const { scale, translate } = this.topology.transform ?? { scale: [1, 1], translate: [0, 0] };
    const delta = this.topology.transform ? 1 : 0;
    const { k, x0, y0 } = this.mercator;
    const radians = Math.PI / 180;
    let qx = 0;
    let qy = 0;
    // planar-path.ts's Mercator, inline: this runs for every arc's every vertex, cold.
    for (let i = 0; i < arc.length; i++) {
      const position = arc[i]!;
      qx = qx * delta + position[0]!;
      qy = qy * delta + position[1]!;
      const lon = qx * scale[0] + translate[0];
      const lat = qy * scale[1] + translate[1];
      points[2 * i] = x0 + k * lon * radians;
      points[2 * i + 1] = y0 - k * Math.log(Math.tan(Math.PI / 4 + (lat * radians) / 2));
    }
    this.projected[index] = points;
    return points;
  }
}

/** Topojson's reference to an arc read backwards is its index's ones' complement. */
function arcIndex(arc: number): number {
  return arc < 0 ? ~arc : arc;
}

/** The geometries of a topology's collection, each with its properties. */
export function geometriesOf(topology: Topology, object: string): TopoGeometry[] {
  const collection = topology.objects[object];
  if (!collection) throw new Error(`topology has no object "${object}"`);
  return collection.type === 'GeometryCollection' ? collection.geometries : [collection];
}

/** A property the pipeline gave a topology's geometry. */
export function propertyOf(geometry: TopoGeometry, name: string): unknown {
  return (geometry.properties as GeoJsonProperties | undefined)?.[name];
}
