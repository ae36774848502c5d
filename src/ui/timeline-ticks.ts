import { formatMonth, type Lang } from '../model/format-figures.ts';
import { monthTicks, type MonthTick } from '../model/timeline-scale.ts';
import { timelineStrings } from '../model/timeline-strings.ts';
import { el } from './dom.ts';

/** A labelled tick's button is at most this wide: "2025", "Sept", "лист." in the tick's font. */
const LABEL_PX = 36;

/**
 * The month and year ticks under the slider's track, as many as the width has room for
 * (timeline-scale.ts decides which). Each labelled tick is a button that goes to its month's first
 * date with data; the buttons form one toolbar, one Tab stop, moved along with the arrow keys.
 */
export class TimelineTicks {
  readonly element: HTMLElement;
  private buttons: { button: HTMLButtonElement; tick: MonthTick }[] = [];
  private lang: Lang = 'en';
  private width = 0;
  private date = '';

  constructor(
    private readonly dates: readonly string[],
    private readonly onPick: (date: string) => void,
  ) {
    this.element = el('div', { class: 'timeline-ticks', role: 'toolbar' });
    this.element.addEventListener('keydown', (event) => this.move(event));
  }

  /** Lays the ticks out for the track's width and the reader's language. */
  layout(width: number, lang: Lang): void {
    if (width === this.width && lang === this.lang && this.buttons.length) return;
    [this.width, this.lang] = [width, lang];
    this.element.setAttribute('aria-label', timelineStrings[lang].months);
    const focused = this.buttons.findIndex(({ button }) => button === document.activeElement);
    this.buttons = [];
    const parts: HTMLElement[] = [];
    for (const tick of monthTicks(this.dates, width, LABEL_PX)) {
      const left = `${tick.at * width}px`;
      parts.push(el('span', { class: `timeline-rule is-${tick.kind}`, 'aria-hidden': 'true' }));
      parts.at(-1)!.style.left = left;
      if (!tick.labelled) continue;
      const button = el(
        'button',
        { type: 'button', class: `timeline-tick is-${tick.kind}`, tabindex: '-1' },
        el('span', { 'aria-hidden': 'true' }, this.labelOf(tick)),
        el('span', { class: 'visually-hidden' }, formatMonth(tick.month, lang, true)),
      );
      button.style.left = `${tick.labelPx}px`;
      button.addEventListener('click', () => this.onPick(tick.date));
      this.buttons.push({ button, tick });
      parts.push(button);
    }
    this.element.replaceChildren(...parts);
    this.show(this.date);
    if (focused >= 0) this.buttons[Math.min(focused, this.buttons.length - 1)]?.button.focus();
  }

  /** Makes the tick at or before `date` the toolbar's Tab stop. */
  show(date: string): void {
    this.date = date;
    let current = 0;
    this.buttons.forEach(({ tick }, i) => {
      if (tick.date <= date) current = i;
    });
    this.buttons.forEach(({ button }, i) => (button.tabIndex = i === current ? 0 : -1));
  }

  private labelOf(tick: MonthTick): string {
    return tick.kind === 'year' ? tick.month.slice(0, 4) : formatMonth(tick.month, this.lang);
  }

  private move(event: KeyboardEvent): void {
    const keys: Record<string, (i: number, n: number) => number> = {
      ArrowRight: (i, n) => Math.min(i + 1, n - 1),
      ArrowLeft: (i) => Math.max(i - 1, 0),
      Home: () => 0,
      End: (_, n) => n - 1,
    };
    const to = keys[event.key];
    const from = this.buttons.findIndex(({ button }) => button === event.target);
    if (!to || from < 0) return;
    event.preventDefault();
    const next = to(from, this.buttons.length);
    this.buttons.forEach(({ button }, i) => (button.tabIndex = i === next ? 0 : -1));
    this.buttons[next]!.button.focus();
  }
}
