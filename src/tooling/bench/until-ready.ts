import type { Page } from '@playwright/test';

/** What defineUntilReady adds to the page. */
export type BenchWindow = Window & {
  untilReady: () => Promise<number>;
  /** How many frames the map drew between the last untilReady and its "ready". */
  framesOfLast: number;
};

/**
 * In the page before the app starts: `untilReady` resolves with the milliseconds until the flag is
 * next "ready", and leaves the number of frames the map drew meanwhile in `framesOfLast`. A frame
 * is counted where MapLibre begins one: clearing the colour of the page's canvas (the default
 * framebuffer). In software GL every frame costs tens of milliseconds, so their number matters.
 */
export function defineUntilReady(): void {
  const bench = window as unknown as BenchWindow;
  let frames = 0;
  const clear = WebGL2RenderingContext.prototype.clear;
  WebGL2RenderingContext.prototype.clear = function (this: WebGL2RenderingContext, mask: number) {
    if (mask & this.COLOR_BUFFER_BIT && this.getParameter(this.FRAMEBUFFER_BINDING) === null)
      frames += 1;
    clear.call(this, mask);
  };
  bench.untilReady = () => {
    const html = document.documentElement;
    const start = performance.now();
    const framesBefore = frames;
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (html.dataset.mapState === 'ready') {
          observer.disconnect();
          bench.framesOfLast = frames - framesBefore;
          resolve(performance.now() - start);
        }
      });
      observer.observe(html, { attributes: true, attributeFilter: ['data-map-state'] });
    });
  };
}

/** The frames the map drew for the change timed last. */
export async function framesOfLast(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as BenchWindow).framesOfLast);
}

/** Clicks a scenario radio or a region button and returns the milliseconds until ready. */
export async function timedClick(page: Page, selector: string): Promise<number> {
  return page.evaluate((selector) => {
    const target = document.querySelector<HTMLInputElement>(selector)!;
    // Choosing what is already chosen changes nothing, so nothing would become ready.
    if (target.checked || target.getAttribute('aria-pressed') === 'true') return 0;
    const done = (window as unknown as BenchWindow).untilReady();
    target.click();
    return done;
  }, selector);
}

/** Moves the timeline by `step` dates, as the arrow keys do, and times it to ready. */
export async function timedStep(page: Page, step: number): Promise<number> {
  return page.evaluate((step) => {
    const slider = document.querySelector<HTMLInputElement>('#timeline-slider')!;
    const done = (window as unknown as BenchWindow).untilReady();
    slider.value = String(Number(slider.value) + step);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    return done;
  }, step);
}

/** Moves the timeline to its latest date, timed like a step. */
export async function toLatest(page: Page): Promise<void> {
  const offset = await page.$eval('#timeline-slider', (s) => {
    const slider = s as HTMLInputElement;
    return Number(slider.value) - Number(slider.max);
  });
  if (offset !== 0) await timedStep(page, -offset);
}
