import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { bundleOf, dayOfBundle } from './control-bundle.ts';
import { packTopology } from './packed-topology.ts';

const bundles = [
  { first: '2025-01-01', last: '2025-01-31', file: 'control/2025-01-01.aaa.topo.json' },
  { first: '2025-02-01', last: '2025-02-27', file: 'control/2025-02-01.bbb.topo.json' },
];

describe('bundleOf', () => {
  it('finds the bundle whose first and last days enclose the date', () => {
    expect(bundleOf(bundles, '2025-01-01')!.file).toBe(bundles[0]!.file);
    expect(bundleOf(bundles, '2025-02-15')!.file).toBe(bundles[1]!.file);
  });

  it('finds none for a date outside the daily series', () => {
    expect(bundleOf(bundles, '2022-02-23')).toBeNull();
  });
});

describe('dayOfBundle', () => {
  const topology: Topology = {
    type: 'Topology',
    arcs: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
    objects: {
      control: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0]], properties: { kind: 'held', date: '2025-01-01' } },
          { type: 'Polygon', arcs: [[0]], properties: { kind: 'held', date: '2025-01-02' } },
        ],
      },
    },
  };

  it('returns the features of that day alone', () => {
    const day = dayOfBundle(packTopology(topology), '2025-01-02');
    expect(day.features.map((f) => f.properties)).toEqual([{ kind: 'held', date: '2025-01-02' }]);
  });

  it('refuses a day the bundle does not have, naming it', () => {
    expect(() => dayOfBundle(packTopology(topology), '2025-01-03')).toThrow(
      'bundle has no features of 2025-01-03',
    );
  });
});
