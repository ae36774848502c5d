import { formatDate, formatShortDate, type Lang } from '../model/format-figures.ts';
import { strings } from '../model/strings.ts';
import type { TimelineEvent } from '../model/timeline.ts';
import { groupMarkers, type MarkerGroup } from '../model/timeline-scale.ts';
import { timelineStrings } from '../model/timeline-strings.ts';
import { el } from './dom.ts';
import { inLanguage } from './in-language.ts';

/** A marker's padding and border in rem, either side of its text (CSS .timeline-marker). */
const MARKER_PAD_REM = 0.5;
/** A group's chevron and the gap before it, in rem. */
const MORE_REM = 0.65;

/**
 * The dates the sources speak of, under the ticks. A marker is a button with its short date; the
 * markers that would cover each other at the width there is are one button with their count,
 * which opens a list of its events (a disclosure: Escape or a choice closes it, focus returns).
 */
export class TimelineMarkers {
  readonly element: HTMLElement;
  /** The open group's list: full width under the scale, so long titles have room. */
  readonly list: HTMLUListElement;
  private groups: { button: HTMLButtonElement; group: MarkerGroup<TimelineEvent> }[] = [];
  private open: HTMLButtonElement | null = null;
  private lang: Lang = 'en';
  private width = 0;
  private date = '';

  constructor(
    private readonly events: readonly (TimelineEvent & { at: number })[],
    private readonly onPick: (date: string) => void,
  ) {
    this.element = el('div', {
      class: 'timeline-events',
      role: 'group',
      'aria-labelledby': 'timeline-events-heading',
    });
    this.list = el('ul', { class: 'timeline-event-list', id: 'timeline-event-list', hidden: true });
    this.list.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      this.close(true);
    });
    document.addEventListener('click', (event) => {
      const target = event.target as Node;
      if (this.open && !this.list.contains(target) && !this.open.contains(target))
        this.close(false);
    });
  }

  /** Lays the markers out for the track's width, grouping those that would overlap. */
  layout(width: number, lang: Lang): void {
    if (width === this.width && lang === this.lang && this.groups.length) return;
    [this.width, this.lang] = [width, lang];
    const sizeOf = this.measurer();
    const wasOpen = this.open ? this.groups.find((g) => g.button === this.open)?.group : null;
    this.close(false);
    this.groups = groupMarkers(
      this.events.map((event) => ({ item: event, atPx: event.at * width })),
      width,
      (items) =>
        items.length === 1
          ? sizeOf(formatShortDate(items[0]!.date, lang), 0)
          : sizeOf(String(items.length), MORE_REM),
    ).map((group) => ({ button: this.buttonOf(group), group }));
    this.element.replaceChildren(...this.groups.map((g) => g.button));
    this.show(this.date);
    const reopen = this.groups.find(
      (g) => wasOpen && g.group.items.length > 1 && g.group.items.includes(wasOpen.items[0]!),
    );
    if (reopen) this.toggle(reopen.button, reopen.group, false);
  }

  /**
   * A control's width in pixels for its visible text, measured in the markers' font on a canvas
   * (no layout), plus padding and `extraRem`; never under 24 px (WCAG 2.5.8).
   */
  private measurer(): (text: string, extraRem: number) => number {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const context = document.createElement('canvas').getContext('2d');
    if (context)
      context.font = `${0.75 * rem}px ${getComputedStyle(this.element).fontFamily || 'sans-serif'}`;
    return (text, extraRem) => {
      const textPx = context ? context.measureText(text).width : text.length * 0.6 * 0.75 * rem;
      return Math.max(24, Math.ceil(textPx + (2 * MARKER_PAD_REM + extraRem) * rem));
    };
  }

  /** Marks the marker (or group) of the date shown. */
  show(date: string): void {
    this.date = date;
    for (const { button, group } of this.groups) {
      const current = group.items.some((e) => e.date === date);
      button.classList.toggle('is-current', current);
      if (group.items.length === 1) {
        if (current) button.setAttribute('aria-current', 'date');
        else button.removeAttribute('aria-current');
      }
    }
    for (const item of this.list.querySelectorAll<HTMLButtonElement>('button')) {
      if (item.value === date) item.setAttribute('aria-current', 'date');
      else item.removeAttribute('aria-current');
    }
  }

  private buttonOf(group: MarkerGroup<TimelineEvent>): HTMLButtonElement {
    const { items } = group;
    const first = items[0]!;
    const t = timelineStrings[this.lang];
    const button =
      items.length === 1
        ? el(
            'button',
            { type: 'button', class: 'timeline-marker' },
            formatShortDate(first.date, this.lang),
            el(
              'span',
              { class: 'visually-hidden' },
              ': ',
              ...inLanguage(first.label[this.lang], first.foreign, this.lang),
            ),
          )
        : el(
            'button',
            {
              type: 'button',
              class: 'timeline-marker is-group',
              'aria-expanded': 'false',
              'aria-controls': 'timeline-event-list',
            },
            String(items.length),
            el(
              'span',
              { class: 'visually-hidden' },
              t.group(items.length, first.date, items.at(-1)!.date),
            ),
            el('span', { class: 'timeline-marker-more', 'aria-hidden': 'true' }),
          );
    // The dates it holds, for tests and styles: [data-dates~="2025-05-16"].
    button.dataset.dates = items.map((e) => e.date).join(' ');
    button.style.left = `${group.centrePx}px`;
    button.style.width = `${group.sizePx}px`;
    button.addEventListener('click', () =>
      items.length === 1 ? this.onPick(first.date) : this.toggle(button, group, true),
    );
    return button;
  }

  private toggle(button: HTMLButtonElement, group: MarkerGroup<TimelineEvent>, focus: boolean) {
    const opening = this.open !== button;
    this.close(false);
    if (!opening) return;
    const t = strings[this.lang];
    this.list.replaceChildren(
      ...group.items.map((event) => {
        const item = el(
          'button',
          { type: 'button', value: event.date },
          el('strong', {}, formatDate(event.date, this.lang)),
          ' ',
          ...inLanguage(event.label[this.lang], event.foreign, this.lang),
        );
        item.addEventListener('click', () => {
          this.close(true);
          this.onPick(event.date);
        });
        return el('li', {}, item);
      }),
    );
    this.list.setAttribute('aria-label', t.events);
    this.list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    this.open = button;
    this.show(this.date);
    if (focus) this.list.querySelector('button')?.focus();
  }

  private close(returnFocus: boolean): void {
    const button = this.open;
    this.open = null;
    this.list.hidden = true;
    this.list.replaceChildren();
    if (!button) return;
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) button.focus();
  }
}
