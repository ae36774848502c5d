import { polygonsOf } from '../geometry/polygons-of.ts';
import { union } from '../geometry/intersect.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import { PipelineError } from '../pipeline-error.ts';
import { parseJsonText } from '../read-json-file.ts';

const LON_LAT_CRS = /CRS84$|EPSG::?4326$/;

/**
 * Reads one daily control file of the documented import format: a GeoJSON FeatureCollection whose
 * polygons together are the land held by Russia that day, in WGS84 longitude/latitude.
 */
export function readHeldFile(text: string, file: string): MultiPolygon {
  const json = parseJsonText(text, file) as Record<string, unknown>;
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new PipelineError(file, 'expected a GeoJSON FeatureCollection');
  }
  const crs = (json.crs as { properties?: { name?: unknown } } | undefined)?.properties?.name;
  if (crs !== undefined && !LON_LAT_CRS.test(String(crs))) {
    throw new PipelineError(
      file,
      `crs: ${JSON.stringify(crs)}; expected WGS84 longitude/latitude (CRS84)`,
    );
  }
  if (json.features.length === 0) {
    throw new PipelineError(file, 'features: empty; expected the polygons of the held area');
  }
  const parts = (json.features as { geometry?: unknown }[]).map((feature, i) =>
    polygonsOf(feature?.geometry, file, `features[${i}].geometry`),
  );
  // The usual file has one MultiPolygon; several features are merged so overlaps are not counted twice.
  return parts.length === 1 ? parts[0]! : union(...parts);
}
