import type { BBox, MultiPolygon, Position, Ring } from './types.ts';

/**
 * Cuts polygons down to a rectangle (Sutherland–Hodgman, one side at a time). The result may carry
 * zero-width spikes along the rectangle's sides; that is harmless here because it only ever feeds a
 * proper polygon intersection with a shape lying inside the rectangle. Its purpose is speed: the
 * exact intersection then sees a few hundred vertices instead of the whole front line.
 */
export function clipToBox(polygons: MultiPolygon, box: BBox): MultiPolygon {
  const result: MultiPolygon = [];
  for (const polygon of polygons) {
    const [shell, ...holes] = polygon;
    const clippedShell = shell && clipRing(shell, box);
    if (!clippedShell) continue;
    const clippedHoles = holes.map((hole) => clipRing(hole, box)).filter((h) => h !== null);
    result.push([clippedShell, ...clippedHoles]);
  }
  return result;
}

type Side = { inside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position };

function sidesOf([west, south, east, north]: BBox): Side[] {
  const atX =
    (x: number) =>
    (a: Position, b: Position): Position => [
      x,
      a[1] + ((x - a[0]) / (b[0] - a[0])) * (b[1] - a[1]),
    ];
  const atY =
    (y: number) =>
    (a: Position, b: Position): Position => [
      a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]),
      y,
    ];
  return [
    { inside: (p) => p[0] >= west, cross: atX(west) },
    { inside: (p) => p[0] <= east, cross: atX(east) },
    { inside: (p) => p[1] >= south, cross: atY(south) },
    { inside: (p) => p[1] <= north, cross: atY(north) },
  ];
}

function clipRing(ring: Ring, box: BBox): Ring | null {
  let points = ring.slice(0, -1);
  for (const side of sidesOf(box)) {
    if (points.length === 0) break;
    const input = points;
    points = [];
    let previous = input[input.length - 1]!;
    for (const current of input) {
      if (side.inside(current)) {
        if (!side.inside(previous)) points.push(side.cross(previous, current));
        points.push(current);
      } else if (side.inside(previous)) {
        points.push(side.cross(previous, current));
      }
      previous = current;
    }
  }
  if (points.length < 3) return null;
  return [...points, points[0]!];
}
