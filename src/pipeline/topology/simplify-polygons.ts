import type { MultiPolygon } from '../geometry/types.ts';
import { featureCollection, polygonsOfOutput } from './dissolve-polygons.ts';
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
  return simplifyUnion([polygons], interval);
}

/**
 * Merges the parts into one shape (as dissolvePolygons does) and simplifies it in the same mapshaper
 * run, so a shape made of pieces costs one run, not two.
 */
export async function simplifyUnion(
  parts: MultiPolygon[],
  interval = SIMPLIFY_INTERVAL_METRES,
): Promise<MultiPolygon> {
  const nonEmpty = parts.filter((p) => p.length > 0);
  if (nonEmpty.length === 0) return [];
  const dissolve = nonEmpty.length > 1 ? '-dissolve2 ' : '';
  const text = await mapshaperRun(
    `-i in.json ${dissolve}-simplify interval=${interval} keep-shapes ` +
      '-o out.json precision=0.0001 format=geojson geojson-type=FeatureCollection',
    { 'in.json': featureCollection(nonEmpty) },
    'out.json',
  );
  return polygonsOfOutput(text);
}
