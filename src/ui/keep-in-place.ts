/**
 * Runs `change` and then moves the page by as much as it moved `element`, so that the control the
 * reader just used stays under their finger: on a phone the sentence and the legend above the
 * scenario buttons change length with the scenario, and a button that jumps by a third of a row
 * is one the next tap misses. `scrollBy` is the window's own, or in an embed the article's
 * (FrameMessages.keep), which is what scrolls there.
 */
export function keepInPlace(
  element: Element,
  change: () => void,
  scrollBy: (pixels: number) => void = (pixels) => window.scrollBy(0, pixels),
): void {
  const before = element.getBoundingClientRect().top;
  change();
  const moved = Math.round(element.getBoundingClientRect().top - before);
  if (moved !== 0) scrollBy(moved);
}
