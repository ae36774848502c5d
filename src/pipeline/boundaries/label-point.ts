import polylabel from 'polylabel';
import { areaKm2 } from '../geometry/area-km2.ts';
import type { MultiPolygon, Position } from '../geometry/types.ts';

/** A ring as flat x, y pairs. */
type Ring = Float64Array;

/**
 * How far a unit's name is kept from a town the view names, in pixels at the view's zoom: up or
 * down, the half heights of the two names (9–11 px type) and a little room between; sideways, half
 * the name's width and the room the town's dot takes (its name may go on the dot's other side, or
 * above or below it).
 */
const ROOM_ABOVE_PX = 18;
const ROOM_BESIDE_PX = 6;
/**
 * How much a degree of crowding weighs against a degree of room from the edges: enough that the
 * name moves clear of a town whenever the unit has room for it, not so much that the search slows.
 */
const STEEP = 4;
/** About 1 km: plenty for a label; and the first, coarse search's step, about 5 km. */
const PRECISION = 0.01;
const GRID = 0.05;

/**
 * Where a unit's name goes: the point of its largest polygon farthest from any edge (its pole of
 * inaccessibility), so the label sits well inside even a crescent-shaped oblast or one with a hole,
 * such as Kyiv Oblast around the city; and, as far as the unit's shape allows, clear of `towns`
 * (those a view at `zoom` names), so that the names of Donetsk oblast and Pokrovsk both fit.
 * The oblast names are placed before the towns on the map (src/map/svg-labels.ts): a name over a
 * town in the news would hide it. Distances are measured with longitude scaled by the cosine of
 * the unit's middle latitude, as a map shows them. Rounded to the data's 1e-4° grid.
 */
export function labelPoint(
  polygons: MultiPolygon,
  clearOf: { towns: readonly Position[]; nameWidthPx: number; zoom: number } = {
    towns: [],
    nameWidthPx: 0,
    zoom: 0,
  },
): [number, number] {
  const unit = largestOnMap(polygons);
  const towns = clearOf.towns.map(([lon, lat]) => [lon * unit.scale, lat] as Position);
  const room = roomAt(clearOf.zoom, clearOf.nameWidthPx, unit.scale);
  // Most names have room at the pole itself, which polylabel finds quickly; the search below
  // weighs crowding against the edges for the rest.
  const pole = polylabel(unit.rings, PRECISION) as unknown as Position;
  const [x, y] =
    crowding(towns, room, ...pole) === 0 ? pole : bestPoint(unit.flat, towns, room, unit.bounds);
  return unit.degrees(x, y);
}

/**
 * Other places for a unit's name, for a map too small for all names at their first points (a
 * phone): a name taken there by a neighbour's goes to the first of these with room
 * (src/map/label-layout.ts). Up to ALTERNATIVES points of the unit's largest polygon, each at least
 * WELL_INSIDE times as far from its edges as its pole and at least DEEP_ENOUGH, clear of every
 * town in `clearOf` (each list kept clear as labelPoint keeps it at that list's zoom), and spread
 * out: each the farthest such point from `taken` (the unit's own first points) and from those
 * chosen before, if at least SPREAD away. Ordered deepest inside first, each as
 * `[lon, lat, north, south]` (verticalRoom). None for a unit too small to have any.
 */
export function labelAlternatives(
  polygons: MultiPolygon,
  taken: readonly Position[],
  clearOf: readonly { towns: readonly Position[]; nameWidthPx: number; zoom: number }[] = [],
): [number, number, number, number][] {
  const unit = largestOnMap(polygons);
  const lists = clearOf.map(({ towns, nameWidthPx, zoom }) => ({
    towns: towns.map(([lon, lat]) => [lon * unit.scale, lat] as Position),
    room: roomAt(zoom, nameWidthPx, unit.scale),
  }));
  const pole = polylabel(unit.rings, PRECISION) as unknown as Position;
  const depth = score(unit.flat, [], ROOMLESS, ...pole);
  const [minX, minY, maxX, maxY] = unit.bounds;
  const room: { point: Position; depth: number }[] = [];
  for (let x = minX; x <= maxX; x += GRID)
    for (let y = minY; y <= maxY; y += GRID) {
      const inside = score(unit.flat, [], ROOMLESS, x, y);
      if (inside < Math.max(WELL_INSIDE * depth, DEEP_ENOUGH)) continue;
      if (lists.some(({ towns, room }) => crowding(towns, room, x, y) < 0)) continue;
      room.push({ point: [x, y], depth: inside });
    }
  const chosen: { point: Position; depth: number }[] = [];
  const from = taken.map(([lon, lat]) => [lon * unit.scale, lat] as Position);
  const apart = ([x, y]: Position) =>
    Math.min(...[...from, ...chosen.map((c) => c.point)].map(([a, b]) => Math.hypot(x - a, y - b)));
  while (chosen.length < ALTERNATIVES) {
    let best: { point: Position; depth: number } | null = null;
    let bestApart = SPREAD;
    for (const candidate of room) {
      const distance = apart(candidate.point);
      if (distance >= bestApart) [best, bestApart] = [candidate, distance];
    }
    if (!best) break;
    chosen.push(best);
  }
  return chosen
    .sort((a, b) => b.depth - a.depth)
    .map(({ point }) => {
      const degrees = unit.degrees(...point);
      return [...degrees, ...roomOnMap(unit, degrees)];
    });
}

/**
 * How far a name's centre may move north and south of a point and stay over the unit: the
 * distances, in degrees of latitude, from the point to the edges of the unit's largest polygon
 * straight above and below it; 0 for a point outside it. Names move up or down off a point that
 * another name crowds (src/map/label-layout.ts).
 */
export function verticalRoom(polygons: MultiPolygon, point: Position): [number, number] {
  return roomOnMap(largestOnMap(polygons), point);
}

/** verticalRoom, on the unit's largest polygon as labelPoint and labelAlternatives prepare it. */
function roomOnMap(unit: ReturnType<typeof largestOnMap>, [lon, lat]: Position): [number, number] {
  const x = lon * unit.scale;
  let [north, south] = [Infinity, Infinity];
  let inside = false;
  for (const ring of unit.flat)
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const [ax, ay, bx, by] = [ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!];
      if (ax > x === bx > x) continue;
      const y = ay + ((by - ay) * (x - ax)) / (bx - ax);
      // A point is inside where the line straight up from it crosses the edges an odd number of times.
      if (y > lat) [north, inside] = [Math.min(north, y - lat), !inside];
      else south = Math.min(south, lat - y);
    }
  return inside ? [roundDown(north), roundDown(south)] : [0, 0];
}

/** To 0.001° (about 100 m) towards the point: finer than a pixel on any map names are laid out on. */
const roundDown = (degrees: number) => Math.floor(degrees * 1e3) / 1e3;

/**
 * How many other places a name may try; how deep inside each is, at least (as a share of the
 * pole's depth, and in degrees: about 13 km, so that a narrow oblast such as Chernivtsi offers
 * none where its name would straddle a border); how far apart they are (degrees, about a line of
 * names on a phone). Chosen on phones 320–414 px wide, both languages: KHERSON named from 360 px,
 * every name's centre over its own oblast (e2e/places.spec.ts).
 */
const ALTERNATIVES = 3;
const WELL_INSIDE = 0.35;
const DEEP_ENOUGH = 0.12;
const SPREAD = 0.3;
/** No town to keep clear of. */
const ROOMLESS = { above: 0, beside: 0 };

/**
 * A unit's largest polygon as a map shows it: longitude scaled by the cosine of its middle
 * latitude, its rings as pairs and as flat x, y arrays (the searches read them thousands of
 * times), its bounds, and the way back to degrees, rounded to the data's 1e-4° grid.
 */
function largestOnMap(polygons: MultiPolygon) {
  let largest = polygons[0]!;
  let largestKm2 = -1;
  for (const polygon of polygons) {
    const km2 = areaKm2([polygon]);
    if (km2 > largestKm2) [largest, largestKm2] = [polygon, km2];
  }
  const [west, south, east, north] = bounds(largest[0]!);
  const scale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const rings = largest.map((ring) => ring.map(([lon, lat]) => [lon * scale, lat] as Position));
  return {
    scale,
    rings,
    flat: rings.map((ring) => Float64Array.from(ring.flat())),
    bounds: [west * scale, south, east * scale, north] as [number, number, number, number],
    degrees: (x: number, y: number): [number, number] => [
      Math.round((x / scale) * 1e4) / 1e4,
      Math.round(y * 1e4) / 1e4,
    ],
  };
}

/** The room a town needs from a name `nameWidthPx` wide at `zoom`, in degrees of latitude. */
function roomAt(zoom: number, nameWidthPx: number, scale: number): Room {
  // Pixels per degree of latitude at that zoom (512 px tiles), here.
  const pxPerDegree = (512 * 2 ** zoom) / 360 / scale;
  return {
    above: ROOM_ABOVE_PX / pxPerDegree,
    beside: (nameWidthPx / 2 + ROOM_BESIDE_PX) / pxPerDegree,
  };
}

/** The room a town needs from the name's centre, in degrees of latitude. */
interface Room {
  above: number;
  beside: number;
}

/**
 * How good a point is for the name: its distance from the nearest edge (negative outside), less
 * STEEP times how far it lies within the room the most crowded town needs (nothing once clear of
 * them all).
 */
function score(rings: Ring[], towns: readonly Position[], room: Room, x: number, y: number) {
  let nearest2 = Infinity;
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const ax = ring[i]!;
      const ay = ring[i + 1]!;
      const bx = ring[j]!;
      const by = ring[j + 1]!;
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      nearest2 = Math.min(nearest2, segmentDistance2(x, y, ax, ay, bx, by));
    }
  }
  const distance = Math.sqrt(nearest2);
  return (inside ? distance : -distance) + STEEP * crowding(towns, room, x, y);
}

/** How far a point lies within the room the most crowded town needs, negated; 0 when clear. */
function crowding(towns: readonly Position[], room: Room, x: number, y: number): number {
  // Sideways distance counted at the scale of the vertical room, so that one measure tells both.
  const across = room.above / Math.max(room.above, room.beside);
  let most = 0;
  for (const [tx, ty] of towns) {
    const apart = Math.max(Math.abs(x - tx) * across, Math.abs(y - ty));
    most = Math.min(most, apart - room.above);
  }
  return most;
}

/**
 * The best-scoring point: the best of a grid over the unit (GRID apart), then of a finer grid
 * (PRECISION apart) around it. A label needs no more exactness; a search that proves its optimum,
 * as polylabel's does, took several times as long with crowding weighed this steeply.
 */
function bestPoint(
  rings: Ring[],
  towns: readonly Position[],
  room: Room,
  [minX, minY, maxX, maxY]: [number, number, number, number],
): Position {
  let best: Position = [(minX + maxX) / 2, (minY + maxY) / 2];
  let bestScore = score(rings, towns, room, ...best);
  const scan = (x0: number, y0: number, x1: number, y1: number, step: number) => {
    for (let x = x0; x <= x1; x += step)
      for (let y = y0; y <= y1; y += step) {
        const s = score(rings, towns, room, x, y);
        if (s > bestScore) [best, bestScore] = [[x, y], s];
      }
  };
  scan(minX, minY, maxX, maxY, GRID);
  const [x, y] = best;
  scan(x - GRID, y - GRID, x + GRID, y + GRID, PRECISION);
  return best;
}

/** The square of the distance from a point to a segment. */
function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  const ex = px - (ax + dx * t);
  const ey = py - (ay + dy * t);
  return ex * ex + ey * ey;
}

function bounds(ring: readonly Position[]): [number, number, number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of ring) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}
