import { compareStrings } from '../model/compare-strings.ts';
import type { CompareShortcut } from '../model/compare-shortcuts.ts';
import { formatDate, type Lang } from '../model/format-figures.ts';
import type { PlaceChange } from '../model/places-changed.ts';
import { el } from './dom.ts';
import { placesChanged } from './render-change.ts';

/** What the bar shows: the comparison asked for, the shortcuts before the shown day, the places. */
export interface CompareBarState {
  since: string | null;
  date: string;
  lang: Lang;
  shortcuts: CompareShortcut[];
  /** The places that changed hands, once the comparison is computed; null without one. */
  places: PlaceChange[] | null;
}

/**
 * The compare control under the summary: a list of the days the sources speak of ("since the
 * Istanbul talks"), a date field for any other day, a button to stop comparing, and the places
 * that changed hands. Native controls, so it works from the keyboard; its elements are made once
 * and updated, so the focus stays where the reader left it when the view changes.
 */
export class CompareBar {
  private readonly label = el('label', { for: 'compare-shortcut' });
  private readonly select = el('select', { id: 'compare-shortcut' });
  private readonly fieldLabel = el('label', { for: 'compare-since' });
  private readonly field = el('input', { id: 'compare-since', type: 'date' });
  private readonly clear = el('button', { type: 'button', class: 'compare-clear' });
  private readonly places = el('details', { class: 'compare-places' });

  constructor(
    private readonly element: HTMLElement,
    private readonly dates: readonly string[],
    onSince: (since: string | null) => void,
  ) {
    this.select.addEventListener('change', () => onSince(this.select.value || null));
    this.field.addEventListener('change', () => {
      const since = this.dayOf(this.field.value);
      if (since) onSince(since);
    });
    this.clear.addEventListener('click', () => onSince(null));
  }

  update(s: CompareBarState): void {
    // Put on the page at the first update, words and all: shown earlier, the empty labels and the
    // bare <details> took another line, then gave it back (a layout shift, issue 18).
    if (!this.element.firstChild)
      this.element.replaceChildren(
        el(
          'div',
          { class: 'compare-row' },
          el('span', { class: 'compare-field' }, this.label, this.select),
          el('span', { class: 'compare-field' }, this.fieldLabel, this.field),
          this.clear,
        ),
        this.places,
      );
    const t = compareStrings[s.lang];
    this.element.setAttribute('aria-label', t.group);
    this.label.textContent = t.compareWith;
    this.fieldLabel.textContent = t.sinceField;
    this.clear.textContent = t.clear;
    this.clear.hidden = !s.since;
    const options = [
      el('option', { value: '' }, t.noComparison),
      ...s.shortcuts.map((c) =>
        el('option', { value: c.date }, t.shortcut(c.titles[s.lang], c.date)),
      ),
    ];
    if (s.since && !s.shortcuts.some((c) => c.date === s.since))
      options.push(el('option', { value: s.since }, formatDate(s.since, s.lang)));
    this.select.replaceChildren(...options);
    this.select.value = s.since ?? '';
    this.field.min = this.dates[0] ?? '';
    this.field.max = this.dates.filter((d) => d < s.date).at(-1) ?? '';
    this.field.value = s.since ?? '';
    this.field.lang = s.lang;
    this.places.hidden = !s.places;
    if (s.places) {
      const [heading, ...rest] = placesChanged(s.places, s.lang);
      const summary = el('summary', {}, s.places.length ? heading!.textContent : t.noPlaces);
      const wasOpen = this.places.open;
      this.places.replaceChildren(summary, ...(s.places.length ? rest : []));
      this.places.open = wasOpen && s.places.length > 0;
    }
  }

  /** The day with data nearest to a typed date, before the shown one; null for an empty field. */
  private dayOf(value: string): string | null {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
    const before = this.dates.filter((d) => d <= this.field.max);
    if (!before.length) return null;
    const time = Date.parse(value);
    return before.reduce((best, d) =>
      Math.abs(Date.parse(d) - time) < Math.abs(Date.parse(best) - time) ? d : best,
    );
  }
}
