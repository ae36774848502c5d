import type { ControlFigures } from '../model/data-manifest.ts';
import { formatPercent, type Lang } from '../model/format-figures.ts';
import { strings } from '../model/strings.ts';
import { unitsByName } from '../model/units-by-name.ts';
import { el } from './dom.ts';

/**
 * Every unit as a button named by its name and its share held on the date, as it reads (DESIGN.md):
 * all the map's clicking, done from the keyboard. Sorted by name in the reader's language.
 */
export class RegionList {
  private readonly heading = el('h2', { id: 'regions-heading' });
  private readonly hint = el('p', { class: 'hint' });
  private readonly list = el('ul', { class: 'region-list', 'aria-labelledby': 'regions-heading' });

  constructor(
    element: HTMLElement,
    private readonly figures: ControlFigures,
    private readonly onSelect: (iso: string) => void,
  ) {
    element.replaceChildren(this.heading, this.hint, this.list);
  }

  update(date: string, selected: string | null, lang: Lang): void {
    const t = strings[lang];
    this.heading.textContent = t.regions;
    this.hint.textContent = t.regionListHint;
    const d = this.figures.dates.indexOf(date);
    const units = unitsByName(this.figures.units, lang).map((u) => {
      const unit = this.figures.units[u]!;
      return { unit, share: this.figures.heldKm2[d]![u]! / unit.areaKm2 };
    });
    this.list.replaceChildren(
      ...units.map(({ unit, share }) => {
        const name = lang === 'uk' ? unit.name_uk : unit.name_en;
        // Named by what it shows, "Donetsk 66.4%": the unit's name, then its share held (the
        // space between the two spans is not drawn in the flex button, but is heard).
        const button = el(
          'button',
          { type: 'button', 'data-iso': unit.iso, 'aria-pressed': String(unit.iso === selected) },
          el('span', { class: 'region-name' }, name),
          ' ',
          el('span', { class: 'region-share' }, share > 0 ? formatPercent(share, lang) : ''),
        );
        button.addEventListener('click', () => this.onSelect(unit.iso));
        return el('li', {}, button);
      }),
    );
  }
}
