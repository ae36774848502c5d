import type { MultiPolygon } from '../geometry/types.ts';
import { mapshaperRun } from './mapshaper-run.ts';

/**
 * Merges polygons that touch or overlap into one MultiPolygon, keeping every coordinate as given.
 * mapshaper does this where polygon-clipping's union fails: on pieces that share long runs of edges,
 * such as a held area and the strips cut from its own edge (it stops with "Infinite loop when passing
 * sweep line over endpoints").
 */
export async function dissolvePolygons(...parts: MultiPolygon[]): Promise<MultiPolygon> {
  const nonEmpty = parts.filter((p) => p.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
  const text = await mapshaperRun(
    '-i in.json -dissolve2 -o out.json format=geojson geojson-type=FeatureCollection',
    { 'in.json': featureCollection(nonEmpty) },
    'out.json',
  );
  return polygonsOfOutput(text);
}

function featureCollection(parts: MultiPolygon[]) {
  return {
    type: 'FeatureCollection',
    features: parts.map((coordinates) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates },
    })),
  };
}

function polygonsOfOutput(text: string): MultiPolygon {
  const geometry = (
    JSON.parse(text) as { features: { geometry: { type: string; coordinates: unknown } | null }[] }
  ).features[0]?.geometry;
  if (!geometry) return [];
  return (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as MultiPolygon;
}
