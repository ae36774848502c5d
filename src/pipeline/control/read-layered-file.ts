import { polygonsOf } from '../geometry/polygons-of.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import { PipelineError } from '../pipeline-error.ts';
import { parseJsonText } from '../read-json-file.ts';

/**
 * DeepStateMap's full published map: features named "<Ukrainian> /// <English> /// <key>" (older
 * files carry only a Ukrainian name). A feature's key is the name's last part.
 */
export function layerKeyOf(name: unknown): string {
  return String(name ?? '')
    .split('///')
    .pop()!
    .trim();
}

/** The polygons of every feature whose key is one of `keys`; points and other classes are skipped. */
export function readLayeredPolygons(
  text: string,
  file: string,
  keys: readonly string[],
): MultiPolygon {
  const json = parseJsonText(text, file) as Record<string, unknown>;
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new PipelineError(file, 'expected a GeoJSON FeatureCollection');
  }
  const polygons: MultiPolygon = [];
  (json.features as { properties?: { name?: unknown }; geometry?: unknown }[]).forEach(
    (feature, i) => {
      if (!keys.includes(layerKeyOf(feature?.properties?.name))) return;
      polygons.push(...polygonsOf(feature.geometry, file, `features[${i}].geometry`));
    },
  );
  return polygons;
}
