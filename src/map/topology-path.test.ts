import { feature, mesh } from 'topojson-client';
import { featuresToTopology } from '../pipeline/topology/features-to-topology.ts';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { ScreenMercator } from './web-mercator.ts';
import { planarPath } from './planar-path.ts';
import { geometriesOf, TopologyPath } from './topology-path.ts';
import { packTopology, unpackTopology } from '../model/packed-topology.ts';

// Mercator at 10 px a degree along the equator, the origin at (0, 0), as in planar-path.test.ts.
const projection: ScreenMercator = { k: (10 * 180) / Math.PI, x0: 0, y0: 0 };

const square = (id: string, west: number, south: number, size: number) => ({
  type: 'Feature' as const,
  properties: { id },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [west, south],
        [west + size, south],
        [west + size, south + size],
        [west, south + size],
        [west, south],
      ],
    ],
  },
});
// Two units side by side sharing an edge, a third with a hole, and an island of the second.
const units = {
  type: 'FeatureCollection' as const,
  features: [
    square('west', 0, 0, 10),
    {
      ...square('east', 10, 0, 10),
      geometry: {
        type: 'MultiPolygon' as const,
        coordinates: [
          square('', 10, 0, 10).geometry.coordinates,
          square('', 25, 2, 3).geometry.coordinates,
        ],
      },
    },
    {
      ...square('framed', 0, 20, 10),
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          square('', 0, 20, 10).geometry.coordinates[0]!,
          square('', 3, 23, 4).geometry.coordinates[0]!.reverse(),
        ],
      },
    },
  ],
};

// Without a transform, as the topology format allows: two squares sharing the arc at 1° east.
const plain: Topology = {
  type: 'Topology',
  arcs: [
    [
      [1, 0],
      [1, 1],
    ],
    [
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 0],
    ],
    [
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
    ],
  ],
  objects: {
    units: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { id: 'west' } },
        { type: 'Polygon', arcs: [[2, ~0]], properties: { id: 'east' } },
      ],
    },
  },
};

describe('a path drawn from a topology', () => {
  // As the pipeline publishes it: packed.
  const built = featuresToTopology('units', units).then(packTopology);

  it('draws each polygon as planarPath draws it decoded where no arc has a vertex to leave out, in and beyond a view', async () => {
    for (const topo of [await built, packTopology(plain)]) {
      const decoded = feature(
        unpackTopology(topo),
        topo.objects.units!,
      ) as unknown as GeoJSON.FeatureCollection;
      for (const view of [null, { width: 150, height: 150 }]) {
        const fromTopology = new TopologyPath(topo, projection, view);
        const drawn = geometriesOf(topo, 'units').map(fromTopology.polygon);
        expect(drawn).toEqual(decoded.features.map(planarPath(projection, view)));
        expect(drawn.every((d) => d && d.length > 10)).toBe(true);
      }
    }
  });

  it('outlines the whole where mesh finds its edge, and not where two units meet', async () => {
    const topo = await built;
    const collection = topo.objects.units as GeometryCollection;
    const outline = new TopologyPath(topo, projection, null).outline(collection)!;
    const edge = planarPath(projection)(mesh(unpackTopology(topo), collection, (a, b) => a === b))!;
    expect(segmentsOf(outline)).toEqual(segmentsOf(edge));
    // The edge the two squares share, at 10° east: their outlines have it, the whole's not.
    const shared = '100,-100.5|100,0';
    const west = feature(
      unpackTopology(topo),
      topo.objects.units!,
    ) as unknown as GeoJSON.FeatureCollection;
    expect(segmentsOf(planarPath(projection)(west.features[0]!)!)).toContain(shared);
    expect(segmentsOf(outline)).not.toContain(shared);
  });

  it('leaves out what lies within 0.375 px of an arc, the same for both units that share it', async () => {
    // Two squares whose shared edge at 10° east wiggles by a hundredth of a degree: a tenth of a pixel.
    const wiggle = Array.from({ length: 9 }, (_, i) => [10 + (i % 2) * 0.01, i + 1]);
    const west = square('west', 0, 0, 10);
    west.geometry.coordinates[0]!.splice(2, 0, ...wiggle);
    const east = square('east', 10, 0, 10);
    east.geometry.coordinates[0]!.splice(4, 0, ...[...wiggle].reverse());
    const topo = packTopology(
      await featuresToTopology('units', { type: 'FeatureCollection', features: [west, east] }),
    );
    const [drawnWest, drawnEast] = geometriesOf(topo, 'units').map(
      new TopologyPath(topo, projection, null).polygon,
    );
    // Each square by its four corners alone; the shared edge is a straight line in both.
    for (const d of [drawnWest!, drawnEast!]) expect(d.match(/[ML]/g)).toHaveLength(4);
    expect(segmentsOf(drawnWest!)).toContain('100,-100.5|100,0');
    expect(segmentsOf(drawnEast!)).toContain('100,-100.5|100,0');
  });

  it('names a topology without the object asked for', () => {
    expect(() => geometriesOf(packTopology(plain), 'countries')).toThrow(
      'topology has no object "countries"',
    );
  });
});

/** The straight segments of M…L…Z path data, each as its two ends in order, sorted. */
function segmentsOf(d: string): string[] {
  const segments: string[] = [];
  for (const part of d.split('M').filter(Boolean)) {
    const closed = part.endsWith('Z');
    const points = part.replace('Z', '').split('L');
    if (closed) points.push(points[0]!);
    for (let i = 1; i < points.length; i++)
      segments.push([points[i - 1]!, points[i]!].sort().join('|'));
  }
  return segments.sort();
}
