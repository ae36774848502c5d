import type { Topology } from 'topojson-specification';

/**
 * Every runtime geometry is stored as TopoJSON on one fixed grid of 1e-4° (about 10 m). Because the
 * held area is clipped to the very same simplified outline that the units are drawn from, and both
 * land on the same grid, their shared coastline and border vertices are identical: no slivers.
 */
export const GRID_STEP = 1e-4;
const GRID_TRANSFORM = {
  scale: [GRID_STEP, GRID_STEP] as [number, number],
  translate: [0, 0] as [number, number],
};

const toGrid = (value: number) => Math.round(value / GRID_STEP);

function deltaEncode(points: number[][]): [number, number][] {
  let x0 = 0;
  let y0 = 0;
  return points.map(([x, y]) => {
    const gx = toGrid(x!);
    const gy = toGrid(y!);
    const delta: [number, number] = [gx - x0, gy - y0];
    x0 = gx;
    y0 = gy;
    return delta;
  });
}

/** Puts an unquantized topology (mapshaper's `no-quantization` output) on the shared grid. */
export function snapTopologyToGrid(topology: Topology): Topology {
  if (topology.transform) throw new Error('expected an unquantized topology');
  const { bbox: _bbox, ...rest } = topology;
  return { ...rest, transform: GRID_TRANSFORM, arcs: topology.arcs.map((arc) => deltaEncode(arc)) };
}
