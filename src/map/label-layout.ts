/** A name that may go on a static map, as measured: its anchor and its text's size in pixels. */
export interface LabelCandidate {
  id: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * `centre`: the name is centred on the point (an oblast's). `beside`: a town's dot is at the
   * point and the name beside it, right, left, above or below, whichever fits first.
   */
  kind: 'centre' | 'beside';
  /** Placed whatever it overlaps (the chosen place). */
  always?: boolean;
}

export interface PlacedLabel extends LabelCandidate {
  /** Where the text goes: its box's top left. */
  left: number;
  top: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Room kept clear around each name, in pixels. */
const PADDING = 2;
/** From a town's dot to its name, in pixels. */
const OFFSET = 6;
/** The room a town's dot takes. */
const DOT = 3;

/**
 * Which names fit, and where: a greedy pass in the order given (the first wins a collision, as in
 * MapLibre's symbol placement), each name taking the first of its positions that overlaps no name
 * or dot placed before and lies inside the view. A town's dot is kept only with its name.
 */
export function layoutLabels(
  candidates: readonly LabelCandidate[],
  view: { width: number; height: number },
): PlacedLabel[] {
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  for (const label of candidates) {
    const options = positions(label);
    const fits = (box: Box) =>
      box.left >= 0 &&
      box.top >= 0 &&
      box.right <= view.width &&
      box.bottom <= view.height &&
      !taken.some((other) => overlaps(box, other));
    const box = options.find(fits) ?? (label.always ? options[0]! : null);
    if (!box) continue;
    taken.push(pad(box));
    if (label.kind === 'beside')
      taken.push({
        left: label.x - DOT,
        top: label.y - DOT,
        right: label.x + DOT,
        bottom: label.y + DOT,
      });
    placed.push({ ...label, left: box.left, top: box.top });
  }
  return placed;
}

function positions(label: LabelCandidate): Box[] {
  const { x, y, width: w, height: h } = label;
  const at = (left: number, top: number): Box => ({
    left,
    top,
    right: left + w,
    bottom: top + h,
  });
  if (label.kind === 'centre') return [at(x - w / 2, y - h / 2)];
  return [
    at(x + OFFSET, y - h / 2),
    at(x - OFFSET - w, y - h / 2),
    at(x - w / 2, y - OFFSET - h),
    at(x - w / 2, y + OFFSET),
  ];
}

const pad = (box: Box): Box => ({
  left: box.left - PADDING,
  top: box.top - PADDING,
  right: box.right + PADDING,
  bottom: box.bottom + PADDING,
});

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
