import type { Palette } from '../map/palette.ts';

/** The legend, built from the same palette as the map layers so the two cannot disagree. */
export function renderLegend(element: HTMLElement, palette: Palette, showContested: boolean): void {
  const items: { label: string; swatch: Partial<CSSStyleDeclaration> }[] = [
    {
      label: 'Held by Russia',
      swatch: { background: palette.held, opacity: String(palette.heldOpacity) },
    },
    {
      label: 'Ukraine’s first-level units',
      swatch: { background: palette.ukraineLand, outline: `1px solid ${palette.unitBorder}` },
    },
  ];
  if (showContested) {
    items.splice(1, 0, {
      label: 'Grey zone (status unknown)',
      swatch: {
        background: `repeating-linear-gradient(135deg, ${palette.contestedHatch} 0 2px, transparent 2px 6px)`,
      },
    });
  }
  const list = document.createElement('ul');
  for (const item of items) {
    const entry = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.setAttribute('aria-hidden', 'true');
    Object.assign(swatch.style, item.swatch);
    entry.append(swatch, item.label);
    list.append(entry);
  }
  element.replaceChildren(list);
}
