import type { Lang } from '../model/format-figures.ts';
import { playNext, playPace, playStart } from '../model/timeline-play.ts';
import { timelineStrings } from '../model/timeline-strings.ts';
import { el } from './dom.ts';

/**
 * Play and pause: steps through the daily series from the date shown and stops at its end. It
 * never starts by itself; a reader who prefers reduced motion gets fewer, larger steps
 * (timeline-play.ts). Any other move of the date stops it (the slider calls stop()).
 */
export class TimelinePlayer {
  readonly button: HTMLButtonElement;
  private timer: ReturnType<typeof setInterval> | null = null;
  private index = -1;
  private lang: Lang = 'en';

  constructor(
    private readonly last: number,
    /** The series' index on view (-1 before the series), and a move to another. */
    private readonly position: () => number,
    private readonly onStep: (index: number) => void,
  ) {
    this.button = el('button', { type: 'button', class: 'timeline-play' });
    this.button.addEventListener('click', () => (this.timer ? this.stop() : this.play()));
  }

  get playing(): boolean {
    return this.timer !== null;
  }

  /** The index play moved to last: a date shown that differs was someone else's move. */
  get stepped(): number {
    return this.index;
  }

  update(lang: Lang): void {
    this.lang = lang;
    this.label();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.label();
  }

  private play(): void {
    const pace = playPace(matchMedia('(prefers-reduced-motion: reduce)').matches);
    this.index = playStart(this.position(), this.last);
    this.onStep(this.index);
    this.timer = setInterval(() => {
      const next = playNext(this.index, this.last, pace);
      if (next === null) return this.stop();
      this.index = next;
      this.onStep(next);
    }, pace.everyMs);
    this.label();
  }

  private label(): void {
    const t = timelineStrings[this.lang];
    this.button.replaceChildren(
      el('span', { class: this.timer ? 'icon-pause' : 'icon-play', 'aria-hidden': 'true' }),
      this.timer ? t.pause : t.play,
    );
  }
}
