export const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with the attributes given. */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

export function svgRect(width: number, height: number, fill: string): SVGRectElement {
  return svgElement('rect', { width: String(width), height: String(height), fill });
}

/**
 * The features (or a topology's geometries) as paths in one group, which carries the attributes
 * they share. Drawn flat (planar-path.ts), a ring's winding does not say whether it is a hole: the
 * even-odd rule does. `made` is told of each path drawn, with what it was drawn from.
 */
export function svgGroup<T>(
  features: readonly T[],
  path: (feature: T) => string | null,
  attributes: Record<string, string>,
  made?: (element: SVGPathElement, feature: T) => void,
): SVGGElement {
  const g = svgElement('g', { 'fill-rule': 'evenodd', ...attributes });
  for (const feature of features) {
    const d = path(feature);
    if (!d) continue;
    const element = svgElement('path', { d });
    made?.(element, feature);
    g.append(element);
  }
  return g;
}

/** A line's path data as one unfilled path. */
export function svgLine(d: string | null, stroke: string, width: number): SVGPathElement {
  return svgElement('path', { d: d ?? '', fill: 'none', stroke, 'stroke-width': String(width) });
}
