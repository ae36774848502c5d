import { formatDate, type Lang } from '../model/format-figures.ts';
import { strings } from '../model/strings.ts';
import { monthStep, type TimelineDay, type TimelineEvent } from '../model/timeline.ts';
import { el } from './dom.ts';
import { HeldSparkline } from './held-sparkline.ts';

/**
 * The timeline: a labelled range input over every date with data (DESIGN.md: the date is its value
 * text). Arrow keys move a day with data, Page Up/Down a month; markers jump to the dates the
 * sources speak of. It reports every position; the app decides what to load.
 */
export class TimelineSlider {
  private readonly slider: HTMLInputElement;
  private readonly label: HTMLLabelElement;
  private readonly dateText: HTMLElement;
  private readonly held: HTMLElement;
  private readonly change: HTMLElement;
  private readonly eventsHeading: HTMLElement;
  private readonly markers: { button: HTMLButtonElement; event: TimelineEvent }[] = [];
  private readonly dates: string[];
  private readonly sparkline: HeldSparkline;
  private lang: Lang = 'en';

  constructor(
    element: HTMLElement,
    private readonly days: readonly TimelineDay[],
    private readonly ukraineKm2: number,
    /** The index of the first date of the daily series, after the reference dates. */
    seriesStart: number,
    events: readonly TimelineEvent[],
    private readonly onChange: (date: string) => void,
  ) {
    this.dates = days.map((d) => d.date);
    this.slider = el('input', {
      id: 'timeline-slider',
      type: 'range',
      min: '0',
      max: String(days.length - 1),
      step: '1',
    });
    this.label = el('label', { for: 'timeline-slider', id: 'timeline-label' });
    this.dateText = el('time', { class: 'timeline-date' });
    this.held = el('span', { class: 'timeline-held' });
    this.change = el('span', { class: 'timeline-change' });
    this.slider.addEventListener('input', () => this.report(Number(this.slider.value)));
    this.slider.addEventListener('keydown', (event) => {
      if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
      event.preventDefault();
      const index = monthStep(
        this.dates,
        Number(this.slider.value),
        event.key === 'PageUp' ? 1 : -1,
      );
      this.slider.value = String(index);
      this.report(index);
    });
    this.eventsHeading = el('span', {
      class: 'timeline-events-heading',
      id: 'timeline-events-heading',
    });
    const track = el('div', {
      class: 'timeline-events',
      role: 'group',
      'aria-labelledby': 'timeline-events-heading',
    });
    const last = days.length - 1;
    for (const event of events) {
      const index = this.dates.indexOf(event.date);
      const button = el('button', { type: 'button', class: 'timeline-event' });
      button.style.left = `${(100 * index) / last}%`;
      button.addEventListener('click', () => {
        this.slider.value = String(index);
        this.report(index);
      });
      this.markers.push({ button, event });
      track.append(button);
    }
    this.sparkline = new HeldSparkline(days, seriesStart);
    element.replaceChildren(
      el('div', { class: 'timeline-head' }, this.label, this.dateText),
      this.sparkline.element,
      this.slider,
      this.eventsHeading,
      track,
      el('p', { class: 'timeline-figures' }, this.held, el('br'), this.change),
    );
  }

  update(date: string, lang: Lang): void {
    this.lang = lang;
    const t = strings[lang];
    const index = this.dates.indexOf(date);
    const day = this.days[index]!;
    this.slider.value = String(index);
    this.sparkline.show(index);
    this.slider.setAttribute('aria-valuetext', formatDate(date, lang));
    this.label.textContent = t.date;
    this.dateText.textContent = formatDate(date, lang);
    this.dateText.setAttribute('datetime', date);
    this.held.textContent = t.heldOn(day.heldKm2, day.heldKm2 / this.ukraineKm2);
    const previous = this.days[index - 1];
    this.change.textContent = previous
      ? t.changeSince(day.heldKm2 - previous.heldKm2, previous.date)
      : t.firstDate;
    this.eventsHeading.textContent = t.events;
    for (const { button, event } of this.markers) {
      const text = t.jumpTo(event.date, event.label[lang]);
      button.setAttribute('aria-label', text);
      button.title = text;
      button.setAttribute('aria-pressed', String(event.date === date));
    }
  }

  private report(index: number): void {
    const date = this.dates[index]!;
    this.slider.setAttribute('aria-valuetext', formatDate(date, this.lang));
    this.onChange(date);
  }
}
