import type { MultiPolygon } from '../geometry/types.ts';
import { mapshaperRun } from './mapshaper-run.ts';

/**
 * How far simplification may move a line, in metres: about one pixel at zoom 9, the map's closest
 * zoom, and a tenth of a pixel at the zoom that shows all of Ukraine on a phone.
 */
export const SIMPLIFY_INTERVAL_METRES = 200;

/**
 * Simplifies polygons with mapshaper (Visvalingam, repairing any crossings it creates) and rounds them
 * to the grid precision. Used for display only; every figure is measured before this.
 */
export async function simplifyPolygons(
  polygons: MultiPolygon,
  interval = SIMPLIFY_INTERVAL_METRES,
): Promise<MultiPolygon> {
  if (polygons.length === 0) return [];
  const input = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { part: 1 },
        geometry: { type: 'MultiPolygon', coordinates: polygons },
      },
    ],
  };
  const text = await mapshaperRun(
    `-i in.json -simplify interval=${interval} keep-shapes -o out.json precision=0.0001`,
    { 'in.json': input },
    'out.json',
  );
  const geometry = (
    JSON.parse(text) as { features: { geometry: { type: string; coordinates: unknown } | null }[] }
  ).features[0]?.geometry;
  if (!geometry) return [];
  return (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as MultiPolygon;
}
