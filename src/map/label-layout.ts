/** A name that may go on a static map, as measured: its anchor and its text's size in pixels. */
export interface LabelCandidate {
  id: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * `centre`: the name is centred on the point (an oblast's), or just below or above it, whichever
   * fits first. `beside`: a town's dot is at the point and the name beside it, right, left, above
   * or below, whichever fits first.
   */
  kind: 'centre' | 'beside';
  /**
   * For an oblast's name, how far in pixels its centre may move above and below the point and
   * still be over the oblast: the name moves off the point no farther. None: as far as it needs.
   */
  room?: Room;
  /**
   * For an oblast's name, other points it may be centred on (or moved off, within each one's
   * room), in the order tried, once its own point has no room on any side (a phone, where the
   * south's names crowd each other): points deep inside the oblast, spread out (the data build's
   * labelAlternatives).
   */
  alternatives?: readonly AnchorPoint[];
  /** Placed whatever it overlaps (the chosen place). */
  always?: boolean;
  /**
   * A town oblasts' names make room for where it finds none (see makeRoom): `give-way`, they move
   * elsewhere, and one that cannot is left out, never its own oblast's (the capital, a town the
   * sources name: a reader looks for these on any map); `move`, they move, none is left out (an
   * oblast's centre).
   */
  makeRoom?: 'give-way' | 'move';
  /** A town's oblast: the id of the oblast's own name, which never gives way to the town. */
  oblast?: string;
  /**
   * What `width` cannot be less than. A name whose every position is taken even at this width is
   * left out without reading its width, which may be measured only when read (svg-labels.ts): a
   * wider box at the same anchor holds the narrower one, so it overlaps whatever that overlaps.
   */
  minWidth?: number;
}

/** A point a name may be centred on, and how far its centre may move off it (pixels). */
export type AnchorPoint = readonly [x: number, y: number, room?: Room];
export type Room = { above: number; below: number };

export interface PlacedLabel extends LabelCandidate {
  /** Where the text goes: its box's top left. */
  left: number;
  top: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Room kept clear around each name, in pixels, from the map's edges and from a town's dot.
 */
const PADDING = 2;
/**
 * Room kept between two names: beside each other about a word space, so that two names on one
 * line ("LVIV KHMELNYTSKYI") do not read as one; above and below, the padding.
 */
const NAME_GAP: Gap = { x: 4, y: PADDING };
/** Room kept between a town's dot and a name placed before it. */
const DOT_GAP: Gap = { x: PADDING, y: PADDING };

type Gap = { x: number; y: number };
/** From a town's dot to its name, in pixels. */
export const OFFSET = 6;
/**
 * How far an oblast's name moves off its point when the point itself has no room, in pixels: its
 * box's edge this far past the point, where the oblast's room allows; less, at least MIN_SHIFT.
 */
const CENTRE_SHIFT = 3;
const MIN_SHIFT = 1;
/**
 * How much of an oblast's room a name's centre leaves unused, in pixels: the border drawn strays
 * from the data's by up to 0.375 px (topology-path.ts), and a steep one more across a name's centre.
 */
const EDGE_MARGIN = 1;
/** The room a town's dot takes. */
const DOT = 3;

/** A name on the map: its box, and its town's dot if it has one. */
interface Placement {
  label: PlacedLabel;
  name: Box;
  dots: Box[];
}

/** What the map holds so far, and what no name may cover. */
interface Board {
  view: { width: number; height: number };
  reserved: readonly Box[];
  placed: Placement[];
}

/**
 * Which names fit, and where: a greedy pass in the order given (the first wins a collision; an
 * oblast's name with no room at its own point tries its other points once every oblast's name has
 * been tried at its own: attempts), each name taking the first of its positions that overlaps no
 * name or dot placed before, lies inside the view and keeps off the `reserved` boxes (the map's
 * buttons). A town's dot is kept only with its name, and only where no name placed before covers
 * it. A name marked `always` (the chosen place) is placed even where nothing is free, and what it
 * would overlap is taken away; a town marked `makeRoom` that found no room moves the oblasts' names
 * in its way, or leaves some out (makeRoom). Both maps draw this layout (maplibre-names.ts).
 */
export function layoutLabels(
  candidates: readonly LabelCandidate[],
  view: { width: number; height: number },
  reserved: readonly Box[] = [],
): PlacedLabel[] {
  const board: Board = { view, reserved, placed: [] };
  const named = new Set<LabelCandidate>();
  const unnamed: LabelCandidate[] = [];
  for (const { label, elsewhere } of attempts(candidates)) {
    if (named.has(label)) continue;
    const box = placeFor(board, label, elsewhere);
    if (!box) {
      if (label.makeRoom) unnamed.push(label);
      continue;
    }
    named.add(label);
    board.placed.push(placement(label, box));
  }
  for (const label of unnamed) makeRoom(board, label);
  return board.placed.map((p) => p.label);
}

/**
 * Where `label` goes on the board as it is, or null where it has no room (see layoutLabels); for
 * the chosen place, which always goes, what it would overlap is taken off the board.
 */
function placeFor(board: Board, label: LabelCandidate, elsewhere: boolean): Box | null {
  // A town whose dot is under a name placed before, under a button or cut by the map's edge is
  // left out: its name would point at a dot that cannot be seen, or read as the other name's.
  if (!label.always && !dotBox(label).every((dot) => dotFree(board, dot))) return null;
  const narrowest = label.always || label.minWidth === undefined ? null : label.minWidth;
  if (narrowest !== null && !positions(label, narrowest, elsewhere).some((b) => free(board, b)))
    return null;
  const options = positions(label, label.width, elsewhere);
  const box = options.find((b) => free(board, b));
  if (box || !label.always) return box ?? null;
  // The chosen place is named whatever is in the way: what it would overlap makes room.
  const chosen = options.find((b) => inside(board.view, b)) ?? options[0]!;
  const dots = dotBox(label);
  board.placed = board.placed.filter(
    (p) => !hits(p, chosen, NAME_GAP) && !dots.some((dot) => hits(p, dot, DOT_GAP)),
  );
  return chosen;
}

/**
 * Names a town that found no room (a `makeRoom` one) on the side of its dot where the fewest names
 * are lost, the first such side in positions' order: the names in its way must all be oblasts'
 * names, and each moves to the first of its other positions that is free once the town is named
 * (off its point within its room, or at another of its points); one with none free is left out,
 * for a `give-way` town only. The name of the town's own oblast (`oblast`) is never in its way: no
 * side it covers is taken.
 */
function makeRoom(board: Board, label: LabelCandidate): void {
  const dots = dotBox(label);
  if (!dots.every((dot) => inside(board.view, dot) && !onReserved(board, dot))) return;
  let best: { placed: Placement[]; lost: number } | null = null;
  for (const box of positions(label, label.width)) {
    if (!inside(board.view, box) || onReserved(board, box)) continue;
    const inWay = board.placed.filter(
      (p) => hits(p, box, NAME_GAP) || dots.some((dot) => hits(p, dot, DOT_GAP)),
    );
    if (inWay.some((p) => p.label.kind !== 'centre' || p.label.id === label.oblast)) continue;
    const trial: Board = {
      ...board,
      placed: [...board.placed.filter((p) => !inWay.includes(p)), placement(label, box)],
    };
    let lost = 0;
    for (const p of inWay) {
      const options = [
        ...positions(p.label, p.label.width),
        ...positions(p.label, p.label.width, true),
      ];
      const to = options.find((b) => free(trial, b));
      if (to) trial.placed.push(placement(p.label, to));
      else lost++;
    }
    if (lost > 0 && label.makeRoom === 'move') continue;
    if (!best || lost < best.lost) best = { placed: trial.placed, lost };
    if (lost === 0) break;
  }
  if (best) board.placed = best.placed;
}

const placement = (label: LabelCandidate, box: Box): Placement => ({
  label: { ...label, left: box.left, top: box.top },
  name: box,
  dots: dotBox(label),
});

/**
 * Whether a box touches what a name placed before keeps clear around itself: a name keeps a word
 * space from it (NAME_GAP), a dot the padding; dots keep clear of each other, and of a name, with
 * no room between.
 */
const hits = (p: Placement, box: Box, gap: Gap) =>
  overlaps(grow(box, gap), p.name) || p.dots.some((dot) => overlaps(box, dot));

const onReserved = (board: Board, box: Box) => board.reserved.some((r) => overlaps(box, r));

const clear = (board: Board, box: Box, gap: Gap) =>
  !onReserved(board, box) && !board.placed.some((p) => hits(p, box, gap));

/** Inside the view, with the padding from its edges. */
const inside = (view: Board['view'], box: Box) => {
  const room = grow(box, { x: PADDING, y: PADDING });
  return room.left >= 0 && room.top >= 0 && room.right <= view.width && room.bottom <= view.height;
};

const free = (board: Board, box: Box) => inside(board.view, box) && clear(board, box, NAME_GAP);

const dotFree = (board: Board, dot: Box) => inside(board.view, dot) && clear(board, dot, DOT_GAP);

/**
 * The order names are tried in: each as given at its own point; the oblasts' names that found no
 * room there then at their other points (`elsewhere`), after every oblast's own and before any
 * town's, so that a name moved elsewhere never takes the place of one that fits at its own point.
 */
function attempts(candidates: readonly LabelCandidate[]) {
  const first = candidates.map((label) => ({ label, elsewhere: false }));
  const towns = candidates.findIndex((label) => label.kind !== 'centre');
  const cut = towns === -1 ? candidates.length : towns;
  const elsewhere = candidates
    .slice(0, cut)
    .filter((label) => label.alternatives?.length)
    .map((label) => ({ label, elsewhere: true }));
  return [...first.slice(0, cut), ...elsewhere, ...first.slice(cut)];
}

const dotBox = (label: LabelCandidate): Box[] =>
  label.kind === 'beside'
    ? [{ left: label.x - DOT, top: label.y - DOT, right: label.x + DOT, bottom: label.y + DOT }]
    : [];

/** Where a name `w` pixels wide may go, in the order tried; `elsewhere`, at its other points. */
function positions(label: LabelCandidate, w: number, elsewhere = false): Box[] {
  const { x, y, height: h } = label;
  const at = (left: number, top: number): Box => ({
    left,
    top,
    right: left + w,
    bottom: top + h,
  });
  // An oblast's name centred on its point, or else just below it, or just above, as far as its
  // room lets its centre move; elsewhere, centred on one of its other points, or else moved off
  // one of them the same way.
  if (label.kind === 'centre') {
    const centred = ([px, py]: AnchorPoint) => at(px - w / 2, py - h / 2);
    const moved = ([px, py, room]: AnchorPoint) => {
      const below = Math.min(h / 2 + CENTRE_SHIFT, (room?.below ?? Infinity) - EDGE_MARGIN);
      const above = Math.min(h / 2 + CENTRE_SHIFT, (room?.above ?? Infinity) - EDGE_MARGIN);
      return [
        ...(below < MIN_SHIFT ? [] : [at(px - w / 2, py - h / 2 + below)]),
        ...(above < MIN_SHIFT ? [] : [at(px - w / 2, py - h / 2 - above)]),
      ];
    };
    const others = label.alternatives ?? [];
    return elsewhere
      ? [...others.map(centred), ...others.flatMap(moved)]
      : [centred([x, y]), ...moved([x, y, label.room])];
  }
  return [
    at(x + OFFSET, y - h / 2),
    at(x - OFFSET - w, y - h / 2),
    at(x - w / 2, y - OFFSET - h),
    at(x - w / 2, y + OFFSET),
  ];
}

const grow = (box: Box, by: Gap): Box => ({
  left: box.left - by.x,
  top: box.top - by.y,
  right: box.right + by.x,
  bottom: box.bottom + by.y,
});

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
