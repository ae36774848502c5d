import type { Palette } from '../style/palette.ts';
import { PATTERN_SIZE, patternPath } from '../style/pattern.ts';
import { svgElement } from './svg-shapes.ts';

/** The roles' and the grey zone's patterns, as the WebGL map draws them, by id `svg-pattern-<role>`. */
export function svgPatterns(palette: Palette): SVGDefsElement {
  const defs = svgElement('defs');
  const { taken, regained } = palette.change;
  const styles = { ...palette.roles, contested: palette.contested, taken, regained };
  for (const [role, style] of Object.entries(styles)) {
    const pattern = svgElement('pattern', {
      id: `svg-pattern-${role}`,
      patternUnits: 'userSpaceOnUse',
      width: String(PATTERN_SIZE),
      height: String(PATTERN_SIZE),
    });
    pattern.append(svgElement('path', { d: patternPath(style.pattern), fill: style.color }));
    defs.append(pattern);
  }
  return defs;
}
