import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { dayOfBundle } from '../../model/control-bundle.ts';
import { polygonsOfTopology } from '../../model/decode-topology.ts';
import { box } from '../geometry/test-shapes.ts';
import type { BBox } from '../geometry/types.ts';
import { featuresToTopology } from '../topology/features-to-topology.ts';
import { controlBundles } from './control-bundles.ts';
import { packTopology } from '../../model/packed-topology.ts';

/** A day's topology as processSnapshot writes it: held, and grey zone where there is one. */
async function day(date: string, held: BBox, contested?: BBox) {
  const parts = [
    { kind: 'held', box: held },
    ...(contested ? [{ kind: 'contested', box: contested }] : []),
  ];
  const topology = await featuresToTopology('control', {
    type: 'FeatureCollection',
    features: parts.map((p) => ({
      type: 'Feature',
      properties: { kind: p.kind },
      geometry: { type: 'MultiPolygon', coordinates: box(p.box) },
    })),
  });
  return { date, topology };
}

const arcCount = (t: Topology) => t.arcs.length;

describe('controlBundles', () => {
  it('puts the days of each calendar month in one bundle, from its first to its last day', async () => {
    const days = [
      await day('2025-01-30', [37, 47, 38, 48]),
      await day('2025-01-31', [37, 47, 38, 48]),
      await day('2025-02-01', [37, 47, 38.5, 48]),
    ];
    const bundles = await controlBundles(days);
    expect(bundles.map(({ first, last }) => [first, last])).toEqual([
      ['2025-01-30', '2025-01-31'],
      ['2025-02-01', '2025-02-01'],
    ]);
  });

  it('gives back each day exactly as its own file draws it, with its kind and date', async () => {
    const days = [
      await day('2025-03-01', [37, 47, 38, 48], [38, 47, 38.2, 48]),
      await day('2025-03-02', [37, 47, 38.1, 48]),
    ];
    const [bundle] = await controlBundles(days);
    for (const { date, topology } of days) {
      // Each as published: packed.
      const own = polygonsOfTopology(packTopology(topology), 'control').features;
      const shipped = dayOfBundle(packTopology(bundle!.topology), date).features;
      expect(shipped.map((f) => f.properties)).toEqual(own.map((f) => ({ ...f.properties, date })));
      expect(shipped.map((f) => f.geometry)).toEqual(own.map((f) => f.geometry));
    }
  });

  it('stores a line that several days share once', async () => {
    const unchanged = await day('2025-04-01', [37, 47, 38, 48]);
    const [bundle] = await controlBundles([unchanged, { ...unchanged, date: '2025-04-02' }]);
    expect(arcCount(bundle!.topology)).toBe(arcCount(unchanged.topology));
  });
});
