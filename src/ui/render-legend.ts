import type { Palette, RoleStyle } from '../style/palette.ts';
import { PATTERN_SIZE, patternPath } from '../style/pattern.ts';
import { formatKm2, type Lang } from '../model/format-figures.ts';
import { datedLabel, type LegendContent } from '../model/legend-content.ts';
import { strings } from '../model/strings.ts';
import { compareStrings } from '../model/compare-strings.ts';
import { el } from './dom.ts';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The legend, drawn from the same palette and pattern masks as the map layers, so the two cannot
 * disagree: each swatch is a small SVG filled with the very pattern the map uses.
 */
export function renderLegend(
  element: HTMLElement,
  palette: Palette,
  content: LegendContent,
  lang: Lang,
): void {
  const t = strings[lang];
  const { km2, dates } = content;
  const items: HTMLElement[] = [
    item(solid(palette.held, palette.heldOpacity), datedLabel(t.roles.held, dates?.held, lang)),
  ];
  if (content.contested) items.push(item(patterned('contested', palette.contested), t.contested));
  for (const role of content.roles)
    items.push(
      item(
        patterned(role, palette.roles[role]),
        datedLabel(t.roles[role], dates?.roles, lang),
        km2[role],
        lang,
      ),
    );
  if (content.since) {
    const c = compareStrings[lang];
    items.push(item(patterned('taken', palette.change.taken), c.taken));
    items.push(item(patterned('regained', palette.change.regained), c.regained));
    items.push(item(thin(palette.change.sinceLine), c.sinceLine(content.since)));
  }
  if (content.preInvasion) items.push(item(dashed(palette.preInvasion), t.preInvasion));
  items.push(item(solid(palette.ukraineLand, 1, palette.unitBorder), t.units));
  element.replaceChildren(el('h2', { class: 'visually-hidden' }, t.legend), el('ul', {}, ...items));
}

/** An entry: its swatch, its label and, where it has one, its area. */
function item(swatch: SVGSVGElement, label: string, km2?: number, lang?: Lang): HTMLLIElement {
  return el(
    'li',
    {},
    swatch,
    el(
      'span',
      {},
      label,
      ...(km2 === undefined
        ? []
        : [' ', el('span', { class: 'legend-km2' }, formatKm2(km2, lang))]),
    ),
  );
}

function swatch(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'swatch');
  svg.setAttribute('viewBox', '0 0 24 16');
  svg.setAttribute('aria-hidden', 'true');
  return svg;
}

function shape(name: string, attributes: Record<string, string>): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

function solid(fill: string, opacity: number, stroke?: string): SVGSVGElement {
  const svg = swatch();
  svg.append(
    shape('rect', {
      width: '24',
      height: '16',
      fill,
      'fill-opacity': String(opacity),
      ...(stroke ? { stroke } : {}),
    }),
  );
  return svg;
}

function patterned(id: string, style: RoleStyle): SVGSVGElement {
  const svg = swatch();
  const pattern = shape('pattern', {
    id: `legend-pattern-${id}`,
    patternUnits: 'userSpaceOnUse',
    width: String(PATTERN_SIZE),
    height: String(PATTERN_SIZE),
  });
  pattern.append(shape('path', { d: patternPath(style.pattern), fill: style.color }));
  svg.append(
    pattern,
    shape('rect', { width: '24', height: '16', fill: style.color, 'fill-opacity': '0.14' }),
    shape('rect', {
      width: '24',
      height: '16',
      fill: `url(#legend-pattern-${id})`,
      stroke: style.color,
      'stroke-width': '1.6',
    }),
  );
  return svg;
}

function dashed(stroke: string): SVGSVGElement {
  const svg = swatch();
  svg.append(
    shape('path', {
      d: 'M1 8H23',
      stroke,
      'stroke-width': '1.6',
      'stroke-dasharray': '4 3',
      fill: 'none',
    }),
  );
  return svg;
}

function thin(stroke: string): SVGSVGElement {
  const svg = swatch();
  svg.append(shape('path', { d: 'M1 8H23', stroke, 'stroke-width': '0.8', fill: 'none' }));
  return svg;
}
