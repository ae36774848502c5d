import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { bboxOf } from '../geometry/bbox-of.ts';
import { areaKm2 } from '../geometry/area-km2.ts';
import { polygonsOf } from '../geometry/polygons-of.ts';
import type { Zone } from '../geometry/measure-within.ts';
import { PipelineError } from '../pipeline-error.ts';
import { parseJsonText } from '../read-json-file.ts';
import { UNIT_CODES } from './unit-codes.ts';
import type { UnitFeature, UnitProperties } from './derive-units.ts';

export interface Unit extends Zone, UnitProperties {
  areaKm2: number;
  feature: UnitFeature;
}

/** Reads the committed boundary file and checks that it has exactly the 27 units, each named. */
export async function loadUnits(file: string): Promise<{ units: Unit[]; sha256: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new PipelineError(file, `cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  const json = parseJsonText(text, file) as { type?: unknown; features?: unknown };
  if (json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new PipelineError(file, 'expected a GeoJSON FeatureCollection of the 27 units');
  }
  const seen = new Set<string>();
  const units = (json.features as UnitFeature[]).map((feature, i) => {
    const props = (feature?.properties ?? {}) as Partial<UnitProperties>;
    for (const key of ['iso', 'name_en', 'name_uk'] as const) {
      if (typeof props[key] !== 'string' || props[key] === '') {
        throw new PipelineError(
          file,
          `features[${i}].properties.${key}: expected a non-empty string`,
        );
      }
    }
    const iso = props.iso!;
    if (!(UNIT_CODES as readonly string[]).includes(iso)) {
      throw new PipelineError(
        file,
        `features[${i}].properties.iso: "${iso}" is not a first-level unit of Ukraine`,
      );
    }
    if (seen.has(iso)) throw new PipelineError(file, `features[${i}]: unit ${iso} appears twice`);
    seen.add(iso);
    const polygons = polygonsOf(feature.geometry, file, `features[${i}].geometry`);
    return {
      id: iso,
      iso,
      name_en: props.name_en!,
      name_uk: props.name_uk!,
      wikidata: props.wikidata ?? '',
      polygons,
      bbox: bboxOf(polygons),
      areaKm2: areaKm2(polygons),
      feature,
    };
  });
  const missing = UNIT_CODES.filter((code) => !seen.has(code));
  if (missing.length > 0) {
    throw new PipelineError(
      file,
      `unit${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing; expected all 27 first-level units`,
    );
  }
  return { units, sha256: createHash('sha256').update(text).digest('hex') };
}
