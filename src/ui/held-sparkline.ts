import type { TimelineDay } from '../model/timeline.ts';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 300;
const HEIGHT = 36;

/**
 * The km² held on every date of the daily series as a line above the timeline slider, on the
 * slider's own scale (one step per date with data), with a rule at the date shown. The reference
 * dates before the series (23 February 2022) have a button of their own, not a place on the line:
 * their much smaller figure would flatten two years of change into a few pixels. Decorative: the
 * figures are in the text.
 */
export class HeldSparkline {
  readonly element: SVGSVGElement;
  private readonly rule: SVGLineElement;
  private readonly x: (index: number) => number;

  /** `series`: the daily series only, as the slider has it. */
  constructor(series: readonly TimelineDay[]) {
    const held = series.map((d) => d.heldKm2);
    this.x = linear([0, series.length - 1], [0, WIDTH]);
    const y = linear([Math.min(...held), Math.max(...held)], [HEIGHT - 2, 2]);
    this.element = document.createElementNS(SVG, 'svg');
    this.element.setAttribute('class', 'sparkline');
    this.element.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
    this.element.setAttribute('preserveAspectRatio', 'none');
    this.element.setAttribute('aria-hidden', 'true');
    const line = document.createElementNS(SVG, 'path');
    line.setAttribute(
      'd',
      held.map((km2, i) => `${i ? 'L' : 'M'}${this.x(i).toFixed(1)} ${y(km2).toFixed(1)}`).join(''),
    );
    line.setAttribute('class', 'sparkline-line');
    this.rule = document.createElementNS(SVG, 'line');
    this.rule.setAttribute('class', 'sparkline-rule');
    this.rule.setAttribute('y1', '0');
    this.rule.setAttribute('y2', String(HEIGHT));
    this.element.append(line, this.rule);
  }

  /** A rule at the series' `index`th date; none for -1, a date before the series. */
  show(index: number): void {
    this.rule.style.display = index < 0 ? 'none' : '';
    const x = this.x(index).toFixed(1);
    this.rule.setAttribute('x1', x);
    this.rule.setAttribute('x2', x);
  }
}

/** The straight map of `domain` onto `range`; a domain of one value goes to the range's middle. */
function linear([d0, d1]: [number, number], [r0, r1]: [number, number]) {
  return (value: number) =>
    d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}
