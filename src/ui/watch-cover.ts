import type { Box } from '../map/label-layout.ts';

/** Room kept between what covers the map and a name, in pixels. */
const MARGIN = 4;

type Rect = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom' | 'width' | 'height'>;

/**
 * The part of the map an element of the page covers, in the map's CSS pixels, with MARGIN around
 * it; none where it covers nothing (an empty legend; a phone's, which follows the map).
 */
export function coveredPart(element: Rect, map: Rect): Box[] {
  if (element.width === 0 || element.height === 0) return [];
  const left = Math.max(element.left, map.left) - map.left;
  const top = Math.max(element.top, map.top) - map.top;
  const right = Math.min(element.right, map.right) - map.left;
  const bottom = Math.min(element.bottom, map.bottom) - map.top;
  if (right <= left || bottom <= top) return [];
  return [
    { left: left - MARGIN, top: top - MARGIN, right: right + MARGIN, bottom: bottom + MARGIN },
  ];
}

/**
 * Tells `onChange` what `element` (the legend) covers of `map` each time that changes: the legend
 * made or remade for a scenario, the window resized. Nothing while it covers nothing, as at first.
 */
export function watchCover(
  element: HTMLElement,
  map: HTMLElement,
  onChange: (boxes: Box[]) => void,
): void {
  let told = '[]';
  const measure = () => {
    const boxes = coveredPart(element.getBoundingClientRect(), map.getBoundingClientRect());
    const key = JSON.stringify(boxes);
    if (key === told) return;
    told = key;
    onChange(boxes);
  };
  const observer = new ResizeObserver(measure);
  observer.observe(element);
  observer.observe(map);
}
