import type { ChangeBetween } from '../model/change-between.ts';
import { compareStrings, signedNetKm2 } from '../model/compare-strings.ts';
import type { ControlFigures } from '../model/data-manifest.ts';
import type { Role } from '../model/editorial-data.ts';
import { formatPercent, formatWholeKm2, KM2, type Lang } from '../model/format-figures.ts';
import type { ScenarioView } from '../model/scenario-view.ts';
import { strings } from '../model/strings.ts';
import { unitChanges, type UnitChange } from '../model/unit-change.ts';
import { unitsByName } from '../model/units-by-name.ts';
import { el } from './dom.ts';

/** A comparison with an earlier day, once computed. */
export interface TableComparison {
  since: string;
  change: ChangeBetween;
}

/**
 * The figures of the current view as a table: per unit its area, km² and share held on the date,
 * with a comparison the km² taken, regained and net since the earlier day, and the km² of each
 * area the scenario draws, the units in the order of their names; a last row for the whole of
 * Ukraine. The rows are built only while the table is open, so scrubbing the timeline does not
 * rebuild hidden rows.
 */
export class FiguresTable {
  private readonly details = el('details', { class: 'figures-table' });
  private readonly summary = el('summary', { id: 'figures-summary' });
  private readonly caption = el('p', { class: 'table-caption', id: 'figures-caption' });
  private readonly scroll = el('div', { class: 'table-scroll', tabindex: '0', role: 'region' });
  private shown: {
    view: ScenarioView;
    date: string;
    lang: Lang;
    compared: TableComparison | null;
  } | null = null;

  constructor(
    element: HTMLElement,
    private readonly figures: ControlFigures,
    private readonly ukraineKm2: number,
  ) {
    this.details.append(this.summary, this.caption, this.scroll);
    this.details.addEventListener('toggle', () => this.fill());
    element.replaceChildren(this.details);
  }

  update(view: ScenarioView, date: string, lang: Lang, compared: TableComparison | null): void {
    this.shown = { view, date, lang, compared };
    const title = compared
      ? `${strings[lang].figuresTable(date)} · ${compareStrings[lang].between(compared.since, date)}`
      : strings[lang].figuresTable(date);
    this.summary.textContent = title;
    this.scroll.setAttribute('aria-label', title);
    this.fill();
  }

  private fill(): void {
    if (!this.details.open || !this.shown) {
      this.caption.textContent = '';
      this.scroll.replaceChildren();
      return;
    }
    const { view, date, lang, compared } = this.shown;
    const t = strings[lang];
    const c = compareStrings[lang];
    const changes = compared && unitChanges(compared.change, this.figures, compared.since, date);
    const changeCells = (row: UnitChange | undefined) =>
      row
        ? [
            el('td', { 'data-column': 'taken' }, km2(row.takenKm2)),
            el('td', { 'data-column': 'regained' }, km2(row.regainedKm2)),
            el(
              'td',
              { 'data-column': 'net' },
              signedNetKm2(row.takenKm2, row.regainedKm2, lang, false),
            ),
          ]
        : [];
    const d = this.figures.dates.indexOf(date);
    const held = this.figures.heldKm2[d]!;
    // Figures without their symbol, which each column's heading gives once: "26,583" fits a
    // phone's column where "26,583 km²" broke over two lines.
    const km2 = (value: number) => formatWholeKm2(value, lang);
    const inKm2 = (heading: string) => `${heading}, ${KM2[lang]}`;
    const head = el(
      'tr',
      {},
      el('th', { scope: 'col' }, t.regionColumn),
      el('th', { scope: 'col' }, inKm2(t.areaColumn)),
      el('th', { scope: 'col' }, inKm2(t.heldColumn)),
      el('th', { scope: 'col' }, t.heldShareColumn),
      ...(changes ? [c.takenColumn, c.regainedColumn, c.netColumn] : []).map((name) =>
        el('th', { scope: 'col' }, inKm2(name)),
      ),
      ...view.layers.map((l) =>
        el('th', { scope: 'col', class: 'area-column' }, inKm2(layerHeading(l, t.roles, lang))),
      ),
    );
    const rows = unitsByName(this.figures.units, lang).map((u) => {
      const unit = this.figures.units[u]!;
      return el(
        'tr',
        { 'data-iso': unit.iso },
        el('th', { scope: 'row' }, lang === 'uk' ? unit.name_uk : unit.name_en),
        el('td', {}, km2(unit.areaKm2)),
        el('td', {}, km2(held[u]!)),
        el('td', {}, formatPercent(held[u]! / unit.areaKm2, lang)),
        ...changeCells(changes?.units[u]),
        ...view.layers.map((l) => el('td', {}, km2(l.area.byUnit[unit.iso] ?? 0))),
      );
    });
    const totalHeld = held.reduce((a, b) => a + b, 0);
    const total = el(
      'tr',
      { class: 'total' },
      el('th', { scope: 'row' }, t.ukraine),
      el('td', {}, km2(this.ukraineKm2)),
      el('td', {}, km2(totalHeld)),
      el('td', {}, formatPercent(totalHeld / this.ukraineKm2, lang)),
      ...changeCells(changes?.total),
      ...view.layers.map((l) => el('td', {}, km2(l.area.km2))),
    );
    // The caption above the scrolling box, not in it: on a phone the table scrolls sideways, and a
    // caption inside scrolled out of sight with it. The table is named by the summary ("Figures
    // for 16 May 2025") and the caption (the scenario's title), each said once.
    this.caption.textContent = view.scenario.title[lang];
    this.scroll.replaceChildren(
      el(
        'table',
        { 'aria-labelledby': 'figures-summary figures-caption' },
        el('thead', {}, head),
        el('tbody', {}, ...rows, total),
      ),
    );
  }
}

/**
 * An area's column heading: its name, and the role the scenario gives it unless the name already
 * says it ("Held by Russia (12 Aug 2025)" is not followed by "· Held by Russia"); after a dot, not
 * in brackets, as names end in their own ("(Istanbul demand)").
 */
function layerHeading(
  layer: ScenarioView['layers'][number],
  roles: Record<Role, string>,
  lang: Lang,
): string {
  const name = layer.area.name[lang];
  const role = roles[layer.role];
  return name.toLocaleLowerCase(lang).includes(role.toLocaleLowerCase(lang))
    ? name
    : `${name} · ${role}`;
}
