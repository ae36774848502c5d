import type { Lang } from '../model/format-figures.ts';
import { nearestDate } from '../model/timeline-scale.ts';
import { timelineStrings } from '../model/timeline-strings.ts';
import { el } from './dom.ts';

/**
 * A date field (the browser's own: a calendar on touch, day/month/year parts from the keyboard)
 * that goes to a typed date, or to the nearest date with data, and says which (aria-live).
 * Typed digits go on Enter or on leaving the field, so that a year half typed ("202") never moves
 * the map; a date picked from the calendar goes at once.
 */
export class TimelineDateField {
  readonly element: HTMLElement;
  readonly message: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly label: HTMLLabelElement;
  private typing = false;
  /** The date the field went to last: going there again (Enter after a pick) says nothing new. */
  private went = '';
  private lang: Lang = 'en';

  constructor(
    private readonly dates: readonly string[],
    private readonly onGo: (date: string) => void,
  ) {
    this.input = el('input', {
      id: 'timeline-date-field',
      type: 'date',
      min: dates[0],
      max: dates.at(-1),
      'aria-describedby': 'timeline-message',
    });
    this.label = el('label', { for: 'timeline-date-field' });
    this.message = el('p', { class: 'timeline-message', id: 'timeline-message', role: 'status' });
    this.element = el('div', { class: 'timeline-go' }, this.label, this.input);
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        this.go();
      } else if (event.key !== 'Tab' && event.key !== 'Shift') this.typing = true;
    });
    this.input.addEventListener('change', () => {
      if (!this.typing) this.go();
    });
    this.input.addEventListener('blur', () => {
      if (this.typing) this.go();
    });
  }

  /** Shows the date on view, unless the reader is typing one. */
  update(date: string, lang: Lang): void {
    if (lang !== this.lang) this.message.textContent = '';
    this.lang = lang;
    this.label.textContent = timelineStrings[lang].goTo;
    this.input.lang = lang === 'uk' ? 'uk' : 'en-GB';
    if (document.activeElement !== this.input) this.input.value = date;
  }

  /** Forgets what was said about a typed date (the date has since moved another way). */
  clearMessage(): void {
    this.message.textContent = '';
    this.went = '';
  }

  private go(): void {
    this.typing = false;
    const t = timelineStrings[this.lang];
    const value = this.input.value;
    // An <input type=date> holds either '' or a valid YYYY-MM-DD; '' is a date half typed.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      this.input.setAttribute('aria-invalid', 'true');
      this.went = '';
      this.message.textContent = t.invalid(this.dates[0]!, this.dates.at(-1)!);
      return;
    }
    this.input.removeAttribute('aria-invalid');
    if (value === this.went && this.message.textContent) return;
    const nearest = nearestDate(this.dates, value);
    this.input.value = nearest.date;
    this.message.textContent = nearest.exact
      ? t.showing(nearest.date)
      : t.nearest(value, nearest.date);
    this.went = nearest.date;
    this.onGo(nearest.date);
  }
}
