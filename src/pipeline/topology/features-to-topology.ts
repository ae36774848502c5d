import type { Topology } from 'topojson-specification';
import { mapshaperRun } from './mapshaper-run.ts';
import { snapTopologyToGrid } from './grid-topology.ts';

interface FeatureCollectionLike {
  type: 'FeatureCollection';
  features: unknown[];
}

/**
 * Builds a topology in which neighbouring polygons share their border (stored once, so it is smaller
 * and simplifies identically on both sides), optionally simplified and clipped to a box, on the grid.
 */
export async function featuresToTopology(
  layer: string,
  collection: FeatureCollectionLike,
  options: { simplifyInterval?: number; clipBox?: [number, number, number, number] } = {},
): Promise<Topology> {
  const steps = [`-i ${layer}.json`];
  if (options.clipBox) steps.push(`-clip bbox=${options.clipBox.join(',')}`);
  if (options.simplifyInterval)
    steps.push(`-simplify interval=${options.simplifyInterval} keep-shapes`);
  steps.push(`-o out.json format=topojson no-quantization precision=0.0001`);
  const text = await mapshaperRun(steps.join(' '), { [`${layer}.json`]: collection }, 'out.json');
  return snapTopologyToGrid(JSON.parse(text) as Topology);
}
