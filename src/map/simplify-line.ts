/**
 * Marks in `kept` the vertices of one line that Douglas–Peucker keeps at `tolerance` pixels: its
 * ends, and every vertex further than that from the line drawn without it. The line is the points
 * `first` to `last` of `xy` (screen x and y interleaved); `kept` is indexed by point, as `xy` is,
 * so that many lines one after the other are marked in one array and nothing is made per line.
 * Its ends always stay: an arc two units share is simplified once, the same for both, and their
 * borders still meet.
 */
export function markKeptVertices(
  xy: Float64Array,
  first: number,
  last: number,
  tolerance: number,
  kept: Uint8Array,
): void {
  kept[first] = 1;
  kept[last] = 1;
  const limit = tolerance * tolerance;
  // Spans still to look into, as pairs of their first and last point.
  const spans = [first, last];
  while (spans.length) {
    const to = spans.pop()!;
    const from = spans.pop()!;
    const ax = xy[2 * from]!;
    const ay = xy[2 * from + 1]!;
    const dx = xy[2 * to]! - ax;
    const dy = xy[2 * to + 1]! - ay;
    const length = dx * dx + dy * dy;
    let farthest = -1;
    let distance = limit;
    for (let i = from + 1; i < to; i++) {
      const px = xy[2 * i]! - ax;
      const py = xy[2 * i + 1]! - ay;
      // Squared distance to the segment (to its nearer end beyond either end; a ring's ends meet).
      const along = length > 0 ? (px * dx + py * dy) / length : 0;
      const squared =
        along <= 0
          ? px * px + py * py
          : along >= 1
            ? (px - dx) * (px - dx) + (py - dy) * (py - dy)
            : (px * dy - py * dx) ** 2 / length;
      if (squared > distance) {
        distance = squared;
        farthest = i;
      }
    }
    if (farthest < 0) continue;
    kept[farthest] = 1;
    spans.push(from, farthest, farthest, to);
  }
}
