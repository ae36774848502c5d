import type { Topology } from 'topojson-specification';

/**
 * A topology as the pipeline publishes it for the map: TopoJSON, but each arc one flat array of
 * its positions' x and y one after the other (quantized deltas, as TopoJSON stores them) rather
 * than an array of two-number arrays. The browser parses the first view's topologies while the
 * page loads, and every small array is one more object to make and for the garbage collector to
 * copy: packed, the same arcs are about a thousand arrays instead of some twenty-five thousand
 * (BENCHMARKS.md, "The map first, third session"). The SVG map reads the packed arcs
 * (topology-path.ts); the GeoJSON that MapLibre and comparisons need is decoded from the unpacked
 * copy, when first read.
 */
export interface PackedTopology extends Omit<Topology, 'arcs'> {
  arcs: number[][];
}

/** The pipeline's side: a topology's arcs packed. */
export function packTopology(topology: Topology): PackedTopology {
  return { ...topology, arcs: topology.arcs.map((arc) => arc.flatMap(([x, y]) => [x!, y!])) };
}

const unpacked = new WeakMap<PackedTopology, Topology>();

/** The browser's side: the TopoJSON that topojson-client reads, made once for each topology. */
export function unpackTopology(packed: PackedTopology): Topology {
  let topology = unpacked.get(packed);
  if (!topology) {
    const arcs = packed.arcs.map((flat) =>
      Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i]!, flat[2 * i + 1]!]),
    );
    topology = { ...packed, arcs } as Topology;
    unpacked.set(packed, topology);
  }
  return topology;
}

/**
 * `value`, read from `file`, if it is a packed topology: a TopoJSON topology whose every arc is a
 * flat array of an even count of numbers. Otherwise an error that names the file and the arc.
 */
export function checkPackedTopology(value: unknown, file: string): PackedTopology {
  const topology = value as Partial<PackedTopology> | null;
  if (topology?.type !== 'Topology' || !Array.isArray(topology.arcs) || !topology.objects)
    throw new Error(`${file}: expected a topology (type "Topology", arcs and objects)`);
  topology.arcs.forEach((arc, i) => {
    if (
      !Array.isArray(arc) ||
      arc.length % 2 !== 0 ||
      (arc.length > 0 && typeof arc[0] !== 'number')
    )
      throw new Error(
        `${file}: arcs[${i}]: expected a flat array of x, y numbers (a packed topology)`,
      );
  });
  return topology as PackedTopology;
}
