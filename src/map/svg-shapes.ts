import { geoArea, type GeoPath } from 'd3-geo';

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

/** The features as paths in one group, which carries the attributes they share. */
export function svgGroup(
  features: GeoJSON.Feature[],
  path: GeoPath,
  attributes: Record<string, string>,
): SVGGElement {
  const g = svgElement('g', attributes);
  for (const feature of features) {
    const d = path(clockwise(feature));
    if (!d) continue;
    g.append(svgElement('path', { d }));
  }
  return g;
}

export function svgLine(
  geometry: GeoJSON.MultiLineString,
  path: GeoPath,
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

/**
 * d3-geo reads polygons on the sphere, where a ring's winding says which side is inside; GeoJSON
 * (RFC 7946) winds the other way. A polygon that would cover more than half the globe is one wound
 * the other way round, so its rings are reversed.
 */
export function clockwise(feature: GeoJSON.Feature): GeoJSON.Feature {
  const geometry = feature.geometry;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return feature;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const fixed = polygons.map((rings) =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
      ? rings.map((ring) => ring.slice().reverse())
      : rings,
  );
  return { ...feature, geometry: { type: 'MultiPolygon', coordinates: fixed } };
}
