import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { snapTopologyToGrid } from './grid-topology.ts';

describe('snapTopologyToGrid', () => {
  const raw: Topology = {
    type: 'Topology',
    bbox: [37, 47, 38, 48],
    objects: {
      units: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]] }] },
    },
    arcs: [
      [
        [37.12341, 47.5],
        [38, 47.5],
        [38, 48.00004],
        [37.12341, 47.5],
      ],
    ],
  };

  it('delta-encodes arcs as whole steps of 1e-4°', () => {
    expect(snapTopologyToGrid(raw).arcs[0]).toEqual([
      [371234, 475000],
      [8766, 0],
      [0, 5000],
      [-8766, -5000],
    ]);
  });

  it('decodes with topojson-client to coordinates on the grid', () => {
    const decoded = feature(
      snapTopologyToGrid(raw),
      snapTopologyToGrid(raw).objects.units!,
    ) as unknown as {
      features: { geometry: { coordinates: number[][][] } }[];
    };
    const ring = decoded.features[0]!.geometry.coordinates[0]!;
    expect(ring[0]![0]).toBeCloseTo(37.1234, 10);
    expect(ring[2]![1]).toBeCloseTo(48, 10);
  });
});
