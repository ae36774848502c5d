import { PipelineError } from '../pipeline-error.ts';
import { findCrossing } from './find-crossing.ts';
import type { MultiPolygon, Polygon, Position, Ring } from './types.ts';

/**
 * Where any control or boundary coordinate may lie: Ukraine and a margin around it. A file in
 * another projection (metres) or with latitude and longitude swapped falls outside and is refused.
 */
export const REGION_LIMITS = { west: 12, south: 38, east: 50, north: 58 };

/**
 * Reads a GeoJSON Polygon, MultiPolygon or a GeometryCollection of them into plain
 * MultiPolygon coordinates (third values dropped), checking everything later steps rely on:
 * numeric lon/lat positions inside the region, closed rings of at least four positions, and no
 * edges that cross. `path` says where the geometry sits in `file`, for the error message.
 */
export function polygonsOf(geometry: unknown, file: string, path: string): MultiPolygon {
  const fail = (where: string, problem: string): never => {
    throw new PipelineError(file, `${where}: ${problem}`);
  };
  if (typeof geometry !== 'object' || geometry === null) {
    return fail(path, 'expected a GeoJSON geometry object');
  }
  const { type, coordinates, geometries } = geometry as Record<string, unknown>;
  if (type === 'GeometryCollection') {
    if (!Array.isArray(geometries)) return fail(`${path}.geometries`, 'expected an array');
    return geometries.flatMap((g, i) => polygonsOf(g, file, `${path}.geometries[${i}]`));
  }
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    return fail(`${path}.type`, `expected Polygon or MultiPolygon, found ${JSON.stringify(type)}`);
  }
  if (!Array.isArray(coordinates)) return fail(`${path}.coordinates`, 'expected an array');
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  const base = type === 'Polygon' ? `${path}.coordinates` : null;
  return polygons.map((polygon: unknown, p: number) =>
    readPolygon(polygon, base ?? `${path}.coordinates[${p}]`, fail),
  );
}

function readPolygon(
  polygon: unknown,
  where: string,
  fail: (where: string, problem: string) => never,
): Polygon {
  if (!Array.isArray(polygon) || polygon.length === 0) {
    return fail(where, 'expected a polygon: an array of rings');
  }
  const rings = polygon.map((ring: unknown, r: number) => readRing(ring, `${where}[${r}]`, fail));
  const crossing = findCrossing(rings);
  if (crossing) {
    const [x, y] = crossing.map((v) => Number(v.toFixed(5)));
    fail(where, `invalid polygon: its edges cross themselves near [${x}, ${y}]`);
  }
  return rings;
}

function readRing(
  ring: unknown,
  where: string,
  fail: (where: string, problem: string) => never,
): Ring {
  if (!Array.isArray(ring) || ring.length < 4) {
    return fail(where, 'expected a ring of at least 4 positions');
  }
  const positions = ring.map((position: unknown, i: number) =>
    readPosition(position, `${where}[${i}]`, fail),
  );
  const first = positions[0]!;
  const last = positions[positions.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    fail(where, `ring is not closed: it starts at [${first}] and ends at [${last}]`);
  }
  return positions;
}

function readPosition(
  position: unknown,
  where: string,
  fail: (where: string, problem: string) => never,
): Position {
  if (!Array.isArray(position) || position.length < 2) {
    return fail(where, 'expected a position [longitude, latitude]');
  }
  const [x, y] = position as unknown[];
  if (
    typeof x !== 'number' ||
    typeof y !== 'number' ||
    !Number.isFinite(x) ||
    !Number.isFinite(y)
  ) {
    return fail(where, `expected two finite numbers, found ${JSON.stringify(position)}`);
  }
  const { west, south, east, north } = REGION_LIMITS;
  if (x < west || x > east || y < south || y > north) {
    return fail(
      where,
      `[${x}, ${y}] is outside longitude ${west}…${east}, latitude ${south}…${north} around ` +
        'Ukraine; expected WGS84 longitude/latitude (is the file projected, or are the axes swapped?)',
    );
  }
  return [x, y];
}
