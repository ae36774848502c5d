import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { checkPackedTopology, packTopology, unpackTopology } from './packed-topology.ts';

const topology: Topology = {
  type: 'Topology',
  transform: { scale: [0.0001, 0.0001], translate: [0, 0] },
  arcs: [
    [
      [10000, 0],
      [0, 10000],
      [-10000, 0],
    ],
    [[5, 5]],
  ],
  objects: {
    units: {
      type: 'GeometryCollection',
      geometries: [{ type: 'Polygon', arcs: [[0]], properties: { iso: 'UA-14' } }],
    },
  },
};

describe('a packed topology', () => {
  it('stores each arc as its positions one after the other, and nothing else differently', () => {
    const packed = packTopology(topology);
    expect(packed.arcs).toEqual([
      [10000, 0, 0, 10000, -10000, 0],
      [5, 5],
    ]);
    expect({ ...packed, arcs: null }).toEqual({ ...topology, arcs: null });
  });

  it('unpacks to the very topology it was packed from, once', () => {
    const packed = packTopology(topology);
    expect(unpackTopology(packed)).toEqual(topology);
    expect(unpackTopology(packed)).toBe(unpackTopology(packed));
  });

  it('is taken as read from a file when every arc is a flat array of numbers', () => {
    const read = JSON.parse(JSON.stringify(packTopology(topology))) as unknown;
    expect(checkPackedTopology(read, 'data/units.topo.json')).toBe(read);
  });

  it('is refused with the file and the arc named where an arc is still TopoJSON’s', () => {
    expect(() => checkPackedTopology(topology, 'data/units.topo.json')).toThrow(
      'data/units.topo.json: arcs[0]: expected a flat array of x, y numbers (a packed topology)',
    );
    const odd = { ...packTopology(topology), arcs: [[1, 2], [3]] };
    expect(() => checkPackedTopology(odd, 'data/units.topo.json')).toThrow('arcs[1]');
  });

  it('is refused with the file named where it is no topology at all', () => {
    expect(() => checkPackedTopology({ type: 'FeatureCollection' }, 'data/x.json')).toThrow(
      'data/x.json: expected a topology (type "Topology", arcs and objects)',
    );
    expect(() => checkPackedTopology(null, 'data/x.json')).toThrow('data/x.json');
  });
});
