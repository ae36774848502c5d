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
 */
export function measureWithin(area: MultiPolygon, zones: Zone[]): Map<string, number> {
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
    result.set(zone.id, candidate.length === 0 ? 0 : areaKm2(intersect(zone.polygons, candidate)));
  }
  return result;
}
