import { areaKm2 } from './area-km2.ts';
import { bboxOf, boxesOverlap } from './bbox-of.ts';
import { clipToBox } from './clip-to-box.ts';
import { intersect } from './intersect.ts';
import type { Zone } from './measure-within.ts';
import type { BBox, MultiPolygon } from './types.ts';

/** Keeps the pre-clip rectangle off the piece's own extreme vertices, as in measureWithin. */
const MARGIN_DEGREES = 0.01;

/**
 * The same figures as measureWithin, for an area made of many small pieces spread over several
 * zones: each zone is cut down to one piece's neighbourhood, rather than every piece being
 * intersected with the whole zone, which would cost a zone's full outline per zone.
 */
export function measurePiecesWithin(pieces: MultiPolygon, zones: Zone[]): Map<string, number> {
  const result = new Map(zones.map((zone) => [zone.id, 0]));
  for (const piece of pieces) {
    const [w, s, e, n] = bboxOf([piece]);
    const box: BBox = [
      w - MARGIN_DEGREES,
      s - MARGIN_DEGREES,
      e + MARGIN_DEGREES,
      n + MARGIN_DEGREES,
    ];
    for (const zone of zones.filter((z) => boxesOverlap(z.bbox, box))) {
      const nearby = clipToBox(zone.polygons, box);
      if (nearby.length === 0) continue;
      result.set(zone.id, result.get(zone.id)! + areaKm2(intersect(nearby, [piece])));
    }
  }
  return result;
}
