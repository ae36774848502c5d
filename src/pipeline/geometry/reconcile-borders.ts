import { sha256 } from '../sha256.ts';
import { areaKm2 } from './area-km2.ts';
import { bboxOf } from './bbox-of.ts';
import { clipToBox } from './clip-to-box.ts';
import { difference } from './intersect.ts';
import { OutlineEdges } from './outline-edges.ts';
import type { BBox, MultiPolygon, Polygon } from './types.ts';
import { widestCircleKm } from './widest-circle-km.ts';

/**
 * The widest a piece of land cut off between the held area and the border or coast may be for it to
 * count as the two sources tracing the same line differently. The widest such piece in the DeepState
 * series is 3.0 km across (on Luhansk's northern border with Russia); 5 km leaves room for that
 * without reaching the size of a real pocket of held ground.
 */
export const BORDER_TOLERANCE_KM = 5;

const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

/** The country's unsimplified land, as measured, with its border and coast indexed. */
export interface Land {
  polygons: MultiPolygon;
  edges: OutlineEdges;
  /**
   * The land cut along lines that count as border for one date (see landAlong); each part is cut
   * up on its own, so that no free piece reaches across such a line.
   */
  parts?: MultiPolygon[];
}

export function landOf(polygons: MultiPolygon): Land {
  return { polygons, edges: new OutlineEdges(polygons) };
}

/**
 * The land for a date whose held area follows the borders of some units by definition, as the line
 * of 23 February 2022 follows Crimea's administrative border with Kherson oblast (the source draws
 * that part as "Crimea"): those borders count as border too, so that the strips the two sources'
 * tracings of them leave inside the units are reconciled like strips along the border with Russia,
 * rather than being joined to the free land across the line.
 */
export function landAlong(land: Land, units: readonly MultiPolygon[]): Land {
  if (units.length === 0) return land;
  const rest = difference(land.polygons, ...units);
  return {
    polygons: land.polygons,
    edges: new OutlineEdges([...land.polygons, ...units.flat()]),
    parts: [rest, ...units],
  };
}

/** The land to reconcile a date's held area with: `land`, cut along the units it follows, if any. */
export function landFor(
  land: Land,
  units: readonly { id: string; polygons: MultiPolygon }[],
  followsUnits: readonly string[] | undefined,
): Land {
  if (!followsUnits?.length) return land;
  return landAlong(
    land,
    units.filter((u) => followsUnits.includes(u.id)).map((u) => u.polygons),
  );
}

/**
 * A day's held area as the source draws it and the land that goes with it. The two never overlap and
 * share edges, so their areas add up; they are merged for drawing (see dissolvePolygons).
 */
export interface Reconciled {
  source: MultiPolygon;
  /** Land cut off between the source's held area and the border or coast, one polygon per piece. */
  moved: MultiPolygon;
}

/**
 * Natural Earth's outline and DeepState's held area trace the border with Russia and the coast
 * differently, by up to a few km, which leaves strips of "free" land between them that no one holds.
 * A piece of land outside the held area goes to the held side when all of these are true:
 * - it is cut off from the main body of free Ukraine (the largest piece, and any that reaches farther
 *   than the tolerance beyond the held area's bounding box);
 * - it touches both the held area and the border or coast (an island that touches no held ground
 *   stays free, and so does a pocket at the front, which the held area surrounds on every side);
 * - no circle wider than `toleranceKm` fits inside it.
 * `known` remembers the last two tests' verdict on a piece by its exact coordinates: most pieces
 * along the border are the same from one day to the next.
 */
export function reconcileBorders(
  held: MultiPolygon,
  land: Land,
  toleranceKm = BORDER_TOLERANCE_KM,
  known?: Map<string, boolean>,
): Reconciled {
  if (held.length === 0) return { source: held, moved: [] };
  // Only the land near the held area is cut up: the land beyond the tolerance from the held area's
  // bounding box holds nothing, so any piece that reaches it belongs to the free land around.
  const [west, south, east, north] = bboxOf(held);
  const marginLat = toleranceKm / KM_PER_DEGREE;
  const marginLon =
    marginLat / Math.cos((Math.max(Math.abs(south), Math.abs(north)) * Math.PI) / 180);
  const box: BBox = [west - marginLon, south - marginLat, east + marginLon, north + marginLat];
  const free = (land.parts ?? [land.polygons]).flatMap((part) =>
    difference(clipToBox(part, box), held),
  );
  const areas = free.map((polygon) => areaKm2([polygon]));
  const largest = areas.indexOf(Math.max(...areas));
  // A circle of this width cannot fit in a piece of smaller area, which spares most pieces the search.
  const circleKm2 = (Math.PI * toleranceKm * toleranceKm) / 4;
  const narrowStrip = (polygon: Polygon, i: number) =>
    liesBetweenHeldAndOutline(polygon, land.edges) &&
    (areas[i]! < circleKm2 || widestCircleKm(polygon) < toleranceKm);
  const moved = free.filter((polygon, i) => {
    if (i === largest || reachesBox(polygon, box)) return false;
    const key = known && sha256(String(toleranceKm), JSON.stringify(polygon));
    const verdict = (key ? known.get(key) : undefined) ?? narrowStrip(polygon, i);
    if (key) known.set(key, verdict);
    return verdict;
  });
  return { source: held, moved };
}

function reachesBox(polygon: Polygon, [west, south, east, north]: BBox): boolean {
  return polygon[0]!.some(([x, y]) => x <= west || x >= east || y <= south || y >= north);
}

/**
 * Whether some of the piece's edges run along the outline and some do not. A piece is land minus
 * held area, so every edge that is not on the outline is on the held area's edge.
 */
function liesBetweenHeldAndOutline(polygon: Polygon, edges: OutlineEdges): boolean {
  let onOutline = false;
  let onHeld = false;
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++) {
      if (edges.runsAlong(ring[i - 1]!, ring[i]!)) onOutline = true;
      else onHeld = true;
      if (onOutline && onHeld) return true;
    }
  }
  return false;
}
