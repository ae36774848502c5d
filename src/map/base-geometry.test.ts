import { featuresToTopology } from '../pipeline/topology/features-to-topology.ts';
import { describe, expect, it } from 'vitest';
import { polygonsOfTopology } from '../model/decode-topology.ts';
import { baseGeometry, unitCodes } from './base-geometry.ts';
import { packTopology } from '../model/packed-topology.ts';

const polygon = (id: string, west: number): GeoJSON.Feature<GeoJSON.Polygon> => ({
  type: 'Feature',
  properties: { id, iso: id },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [west, 0],
        [west + 1, 0],
        [west + 1, 1],
        [west, 1],
        [west, 0],
      ],
    ],
  },
});
const collection = (...features: GeoJSON.Feature[]) => ({
  type: 'FeatureCollection' as const,
  features,
});
// As the pipeline publishes them: packed.
const topologies = async () => ({
  units: packTopology(
    await featuresToTopology('units', collection(polygon('UA-14', 0), polygon('UA-09', 1))),
  ),
  basemap: packTopology(await featuresToTopology('countries', collection(polygon('RU', 2)))),
  areas: packTopology(await featuresToTopology('areas', collection(polygon('rest', 0)))),
});
const preInvasion = collection();

describe('the base geometry', () => {
  it('decodes each layer when first read, the same object every time after', async () => {
    const built = await topologies();
    const base = baseGeometry(built, preInvasion as never);
    expect(Object.getOwnPropertyDescriptor(base, 'units')?.get).toBeTypeOf('function');
    expect(base.units).toEqual(polygonsOfTopology(built.units, 'units'));
    expect(base.units).toBe(base.units);
    expect(base.countries.features.map((f) => f.properties?.id)).toEqual(['RU']);
    expect(base.areas.features.map((f) => f.properties?.id)).toEqual(['rest']);
  });

  it('has the border between units inside and the edge of the whole outside', async () => {
    const base = baseGeometry(await topologies(), preInvasion as never);
    // The two squares share the edge at 1° east: the one inner border.
    expect(base.unitBorders.coordinates).toHaveLength(1);
    expect(base.unitBorders.coordinates[0]!.map(([lon]) => lon)).toEqual([1, 1]);
    expect(base.ukraineBorder.coordinates.flat()).toContainEqual([2, 1]);
  });

  it('names its units by their codes before any of them is decoded', async () => {
    const built = await topologies();
    const base = baseGeometry(built, preInvasion as never);
    expect(unitCodes(base.topologies)).toEqual(['UA-14', 'UA-09']);
  });
});
