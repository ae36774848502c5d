import { sha256 } from '../sha256.ts';
import { areaKm2 } from './area-km2.ts';
import { bboxOf, boxesOverlap } from './bbox-of.ts';
import { clipToBox } from './clip-to-box.ts';
import { intersect } from './intersect.ts';
import type { Zone } from './measure-within.ts';
import type { BBox, MultiPolygon, Polygon } from './types.ts';

/** Keeps the pre-clip rectangle off the piece's own extreme vertices, as in measureWithin. */
const MARGIN_DEGREES = 0.01;

/**
 * The same figures as measureWithin, for an area made of many small pieces spread over several
 * zones: each zone is cut down to one piece's neighbourhood, rather than every piece being
 * intersected with the whole zone, which would cost a zone's full outline per zone. `known`
 * remembers each piece's km² per zone by its exact coordinates: most pieces along the border are
 * the same from one day to the next.
 */
export function measurePiecesWithin(
  pieces: MultiPolygon,
  zones: Zone[],
  known?: Map<string, [string, number][]>,
): Map<string, number> {
  const result = new Map(zones.map((zone) => [zone.id, 0]));
  for (const piece of pieces) {
    const key = known && sha256(JSON.stringify(piece));
    const shares = (key ? known.get(key) : undefined) ?? sharesOf(piece, zones);
    if (key) known.set(key, shares);
    // Added in the same order with or without `known`, so the sums are the same to the last bit.
    for (const [id, km2] of shares) result.set(id, result.get(id)! + km2);
  }
  return result;
}

/** km² of one piece in each zone it reaches, in the zones' order. */
function sharesOf(piece: Polygon, zones: Zone[]): [string, number][] {
  const shares: [string, number][] = [];
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
    shares.push([zone.id, areaKm2(intersect(nearby, [piece]))]);
  }
  return shares;
}
