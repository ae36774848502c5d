import type { FlatPath } from './planar-path.ts';

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
 * The features as paths in one group, which carries the attributes they share. Drawn flat
 * (planar-path.ts), a ring's winding does not say whether it is a hole: the even-odd rule does.
 */
export function svgGroup(
  features: GeoJSON.Feature[],
  path: FlatPath,
  attributes: Record<string, string>,
): SVGGElement {
  const g = svgElement('g', { 'fill-rule': 'evenodd', ...attributes });
  for (const feature of features) {
    const d = path(feature);
    if (!d) continue;
    g.append(svgElement('path', { d }));
  }
  return g;
}

export function svgLine(
  geometry: GeoJSON.MultiLineString,
  path: FlatPath,
  stroke: string,
  width: number,
): SVGPathElement {
  return svgElement('path', {
    d: path(geometry) ?? '',
    fill: 'none',
    stroke,
    'stroke-width': String(width),
  });
}
