import type { Page } from '@playwright/test';
import type { BenchWindow } from './until-ready.ts';

/**
 * Drags the timeline from its first date to its last, one date per animation frame, without
 * waiting for the map: what a reader's drag does. Frames per second is how often the page could
 * paint meanwhile; the scrub ends when the last date is drawn.
 */
export async function fullScrub(page: Page) {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(async () => {
    const slider = document.querySelector<HTMLInputElement>('#timeline-slider')!;
    const untilReady = (window as unknown as BenchWindow).untilReady;
    const first = Number(slider.min);
    const last = Number(slider.max);
    const atStart = untilReady();
    slider.value = String(first);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await atStart;
    const frameTimes: number[] = [];
    const started = performance.now();
    for (let value = first + 1; value <= last; value++) {
      frameTimes.push(await new Promise<number>((resolve) => requestAnimationFrame(resolve)));
      slider.value = String(value);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await untilReady();
    const elapsed = performance.now() - started;
    const gaps = frameTimes.slice(1).map((t, i) => t - frameTimes[i]!);
    return {
      dates: last - first + 1,
      seconds: Math.round(elapsed) / 1000,
      fps: Math.round((frameTimes.length / elapsed) * 10_000) / 10,
      longestFrameMs: Math.round(Math.max(...gaps)),
    };
  });
}
