import { rgbaOf } from './rgba-of.ts';

/**
 * Fill patterns, defined once as pixel masks so the WebGL map (as images), the SVG fallback and the
 * legend (as SVG rectangles) draw exactly the same shapes. Each role has a pattern of its own, so
 * roles are told apart without colour.
 */
export type PatternKind =
  | 'diagonal'
  | 'back-diagonal'
  | 'cross'
  | 'horizontal'
  | 'vertical'
  | 'dots'
  | 'grid'
  | 'checker'
  | 'rings';

export const PATTERN_SIZE = 8;

const rules: Record<PatternKind, (x: number, y: number, n: number) => boolean> = {
  diagonal: (x, y, n) => (x + y) % n < 2,
  'back-diagonal': (x, y, n) => (x - y + n) % n < 2,
  cross: (x, y, n) => (x + y) % n < 1.5 || (x - y + n) % n < 1.5,
  horizontal: (_x, y, n) => y % n < 2,
  vertical: (x, _y, n) => x % n < 2,
  dots: (x, y) => (x === 2 || x === 3) && (y === 2 || y === 3),
  grid: (x, y, n) => x % n === 0 || y % n === 0,
  // A comparison's taken and regained land: bolder than the roles, as the change is the subject.
  checker: (x, y, n) =>
    (Math.floor((2 * x) / n) + Math.floor((2 * y) / n)) % 2 === 0 && (x + y) % 2 === 0,
  rings: (x, y) =>
    (x === 1 || x === 5) !== (y === 1 || y === 5) && x < 6 && y < 6 && x > 0 && y > 0,
};

/** Which pixels of one tile are ink, row by row. */
export function patternMask(kind: PatternKind, size = PATTERN_SIZE): boolean[][] {
  return Array.from({ length: size }, (_, y) =>
    Array.from({ length: size }, (_, x) => rules[kind](x, y, size)),
  );
}

/** The tile as RGBA pixels for MapLibre's addImage: ink in `color`, the rest transparent. */
export function patternImage(
  kind: PatternKind,
  color: string,
  size = PATTERN_SIZE,
): { width: number; height: number; data: Uint8Array } {
  const [r, g, b] = rgbOf(color);
  const data = new Uint8Array(size * size * 4);
  patternMask(kind, size).forEach((row, y) =>
    row.forEach((ink, x) => {
      if (ink) data.set([r, g, b, 235], (y * size + x) * 4);
    }),
  );
  return { width: size, height: size, data };
}

/** The tile as one SVG path of unit squares, for <pattern> elements. */
export function patternPath(kind: PatternKind, size = PATTERN_SIZE): string {
  const parts: string[] = [];
  patternMask(kind, size).forEach((row, y) =>
    row.forEach((ink, x) => {
      if (ink) parts.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return parts.join('');
}

/** A pattern's ink is opaque: `#rrggbb` only (the tile's own alpha is set above). */
function rgbOf(color: string): [number, number, number] {
  if (!/^#[0-9a-f]{6}$/i.test(color)) throw new Error(`expected a colour #rrggbb, got "${color}"`);
  return rgbaOf(color)[0];
}
