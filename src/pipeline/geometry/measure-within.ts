import { sha256 } from '../sha256.ts';
import { areaKm2 } from './area-km2.ts';
import { bboxOf, boxesOverlap } from './bbox-of.ts';
import { clipToBox } from './clip-to-box.ts';
import { intersect } from './intersect.ts';
import type { BBox, MultiPolygon } from './types.ts';

export interface Zone {
  id: string;
  polygons: MultiPolygon;
  bbox: BBox;
}

/** A small margin keeps the pre-clip rectangle from touching the zone's own extreme vertices. */
const MARGIN_DEGREES = 0.01;

/**
 * Measures, for each zone (an oblast, say), the km² of `area` that lies inside it. Computed on the
 * geometry given, which the pipeline keeps unsimplified, so that figures carry no simplification bias.
 * `known` remembers each zone's result by the exact coordinates of the area near it: across a series
 * of days most zones see the same coordinates as the day before and are not intersected again.
 */
export function measureWithin(
  area: MultiPolygon,
  zones: Zone[],
  known?: Map<string, number>,
): Map<string, number> {
  const pieces = area.map((polygon) => ({ polygon, bbox: bboxOf([polygon]) }));
  const result = new Map<string, number>();
  for (const zone of zones) {
    const [w, s, e, n] = zone.bbox;
    const box: BBox = [
      w - MARGIN_DEGREES,
      s - MARGIN_DEGREES,
      e + MARGIN_DEGREES,
      n + MARGIN_DEGREES,
    ];
    const nearby = pieces.filter((p) => boxesOverlap(p.bbox, box)).map((p) => p.polygon);
    const candidate = clipToBox(nearby, box);
    if (candidate.length === 0) {
      result.set(zone.id, 0);
      continue;
    }
    const key = known && sha256(zone.id, JSON.stringify(candidate));
    const km2 = (key ? known.get(key) : undefined) ?? areaKm2(intersect(zone.polygons, candidate));
    if (key) known.set(key, km2);
    result.set(zone.id, km2);
  }
  return result;
}
