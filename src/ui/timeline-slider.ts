import { formatDate, formatShortDate, type Lang } from '../model/format-figures.ts';
import { strings } from '../model/strings.ts';
import { monthStep, type TimelineDay, type TimelineEvent } from '../model/timeline.ts';
import { timelineStrings } from '../model/timeline-strings.ts';
import { el } from './dom.ts';
import { HeldSparkline } from './held-sparkline.ts';
import { TimelineDateField } from './timeline-date-field.ts';
import { TimelineMarkers } from './timeline-markers.ts';
import { TimelinePlayer } from './timeline-player.ts';
import { TimelineTicks } from './timeline-ticks.ts';

/**
 * The timeline. The daily series is a labelled range input (DESIGN.md: the date is its value
 * text): arrows move a date with data, Page Up/Down a month, Home/End to either end of the series.
 * The reference dates before it (23 February 2022) are buttons of their own, apart from the track,
 * so that a step from the series' start is a day, not two years. Under the track: month and year
 * ticks, and the dates the sources speak of; above it: a date field and play. It reports every
 * position; the app decides what to load.
 */
export class TimelineSlider {
  private readonly slider: HTMLInputElement;
  private readonly label: HTMLLabelElement;
  private readonly dateText: HTMLElement;
  private readonly held: HTMLElement;
  private readonly change: HTMLElement;
  private readonly eventsHeading: HTMLElement;
  private readonly series: readonly string[];
  private readonly allDates: readonly string[];
  private readonly references: { button: HTMLButtonElement; date: string }[];
  private readonly scale: HTMLElement;
  private readonly sparkline: HeldSparkline;
  private readonly ticks: TimelineTicks;
  private readonly markers: TimelineMarkers;
  private readonly field: TimelineDateField;
  private readonly player: TimelinePlayer;
  private lang: Lang = 'en';
  private date = '';

  constructor(
    element: HTMLElement,
    private readonly days: readonly TimelineDay[],
    private readonly ukraineKm2: number,
    /** The index of the first date of the daily series, after the reference dates. */
    seriesStart: number,
    events: readonly TimelineEvent[],
    /** `byReader`: a move of the reader's own (a drag, a key, a click), not of play. */
    private readonly onChange: (date: string, byReader: boolean) => void,
  ) {
    this.allDates = days.map((d) => d.date);
    this.series = this.allDates.slice(seriesStart);
    const last = this.series.length - 1;
    this.slider = el('input', {
      id: 'timeline-slider',
      type: 'range',
      min: '0',
      max: String(last),
      step: '1',
    });
    this.slider.addEventListener('input', () => this.go(this.series[Number(this.slider.value)]!));
    this.slider.addEventListener('keydown', (event) => this.pageKey(event));
    this.label = el('label', { for: 'timeline-slider', id: 'timeline-label' });
    this.dateText = el('time', { class: 'timeline-date' });
    this.held = el('span', { class: 'timeline-held' });
    this.change = el('span', { class: 'timeline-change' });
    this.eventsHeading = el('span', {
      class: 'timeline-events-heading',
      id: 'timeline-events-heading',
    });
    this.references = this.allDates.slice(0, seriesStart).map((date) => {
      const button = el('button', { type: 'button', class: 'timeline-reference' });
      button.addEventListener('click', () => this.go(date));
      return { button, date };
    });
    this.sparkline = new HeldSparkline(days.slice(seriesStart));
    this.ticks = new TimelineTicks(this.series, (date) => this.go(date));
    const onSeries = events
      .map((event) => ({ ...event, at: this.series.indexOf(event.date) / last }))
      .filter((event) => event.at >= 0);
    this.markers = new TimelineMarkers(onSeries, (date) => this.go(date));
    this.field = new TimelineDateField(this.allDates, (date) => this.go(date, true));
    this.player = new TimelinePlayer(
      last,
      () => this.series.indexOf(this.date),
      (index) => this.step(index),
    );
    this.scale = el(
      'div',
      { class: 'timeline-scale' },
      el('div', { class: 'timeline-references' }, ...this.references.map((r) => r.button)),
      el(
        'div',
        { class: 'timeline-series' },
        this.sparkline.element,
        this.slider,
        this.ticks.element,
        this.eventsHeading,
        this.markers.element,
      ),
    );
    element.replaceChildren(
      el('div', { class: 'timeline-head' }, this.label, this.dateText),
      el('div', { class: 'timeline-tools' }, this.field.element, this.player.button),
      this.field.message,
      this.scale,
      this.markers.list,
      el('p', { class: 'timeline-figures' }, this.held, el('br'), this.change),
    );
    // The ticks and markers are laid out in pixels: again whenever the track's width changes.
    new ResizeObserver(() => this.layout()).observe(this.ticks.element);
  }

  update(date: string, lang: Lang): void {
    const t = strings[lang];
    const index = this.allDates.indexOf(date);
    const day = this.days[index]!;
    const onSeries = this.series.indexOf(date);
    if (this.player.playing && onSeries !== this.player.stepped) this.player.stop();
    [this.lang, this.date] = [lang, date];
    this.slider.value = String(Math.max(onSeries, 0));
    this.scale.classList.toggle('at-reference', onSeries < 0);
    this.sparkline.show(onSeries);
    // On a reference day the slider rests at its start, but says the day the map shows.
    this.slider.setAttribute(
      'aria-valuetext',
      onSeries < 0
        ? formatDate(date, lang) + timelineStrings[lang].reference
        : formatDate(date, lang),
    );
    this.label.textContent = t.date;
    this.dateText.textContent = formatDate(date, lang);
    this.dateText.setAttribute('datetime', date);
    this.held.textContent = t.heldOn(day.heldKm2, day.heldKm2 / this.ukraineKm2);
    const previous = this.days[index - 1];
    this.change.textContent = previous
      ? t.changeSince(day.heldKm2 - previous.heldKm2, previous.date)
      : t.firstDate;
    this.eventsHeading.textContent = t.events;
    for (const { button, date: reference } of this.references) {
      // Two lines, "23 Feb" over "2022": the series' track keeps the width.
      button.replaceChildren(
        el('span', {}, formatShortDate(reference, lang)),
        ' ',
        el('span', {}, reference.slice(0, 4)),
        el('span', { class: 'visually-hidden' }, timelineStrings[lang].reference),
      );
      button.setAttribute('aria-pressed', String(reference === date));
    }
    this.field.update(date, lang);
    this.player.update(lang);
    this.ticks.show(date);
    this.markers.show(date);
    this.layout();
  }

  private layout(): void {
    const width = this.ticks.element.clientWidth;
    if (width === 0) return;
    this.ticks.layout(width, this.lang);
    this.markers.layout(width, this.lang);
  }

  /** A move by the reader (not by play, which it stops). */
  private go(date: string, typed = false): void {
    this.player.stop();
    if (!typed) this.field.clearMessage();
    this.report(date, true);
  }

  private step(index: number): void {
    this.field.clearMessage();
    this.slider.value = String(index);
    this.report(this.series[index]!, false);
  }

  private pageKey(event: KeyboardEvent): void {
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    event.preventDefault();
    const index = monthStep(
      this.series,
      Number(this.slider.value),
      event.key === 'PageUp' ? 1 : -1,
    );
    this.slider.value = String(index);
    this.go(this.series[index]!);
  }

  private report(date: string, byReader: boolean): void {
    const onSeries = this.series.indexOf(date);
    if (onSeries >= 0) {
      this.slider.value = String(onSeries);
      this.slider.setAttribute('aria-valuetext', formatDate(date, this.lang));
    }
    this.onChange(date, byReader);
  }
}
