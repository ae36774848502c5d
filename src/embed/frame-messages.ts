import { SHARED_PARAMS } from '../model/url-params.ts';
import type { UrlState } from '../model/url-state.ts';

/**
 * The iframe's side of the embed protocol (DESIGN.md): it tells the page around it its height, on
 * load and on every change of content, and its state on every change. The content's height never
 * depends on the iframe's (the embed layout has no viewport-height units), so there is no loop.
 * Messages carry numbers and ids only; the host script treats them as data, never as markup.
 *
 * The height is measured from layout whenever something may have changed it: the page's load, the
 * fonts' arrival, any change of the DOM outside the map (a MutationObserver: its callbacks are
 * microtasks, which run in every frame), and a resize of the window. Not from a ResizeObserver or
 * requestAnimationFrame: browsers run neither in a cross-origin frame that is off-screen, so an
 * embed further down an article would keep a wrong height until the reader scrolled to it and
 * then jump (issue 18).
 */
export class FrameMessages {
  private lastHeight = -1;
  /** How far the article should scroll with the next height (keep), in pixels. */
  private pendingKeep = 0;
  /** While a change the reader made is applied: its height goes with its scroll (quietly). */
  private quiet = false;
  /** How far the content is held back until the host has resized the frame (holdFor). */
  private held = 0;
  private release: (() => void) | null = null;

  constructor(private readonly target: Window) {
    const measure = () => this.postHeight();
    new MutationObserver((records) => {
      // The map's own changes (labels, markers moved as it pans) never change its box's height.
      const map = document.getElementById('map');
      if (records.some((record) => !map?.contains(record.target))) measure();
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    addEventListener('load', measure);
    addEventListener('resize', measure);
    void document.fonts.ready.then(measure);
    document.fonts.addEventListener('loadingdone', measure);
  }

  /** True when the page is shown inside another page. */
  static embedded(): boolean {
    return window.parent !== window;
  }

  /**
   * Posts the content's height if it changed. Not before the page's parts have their content
   * (`data-parts="ready"`, set by the app): until then the host's estimate is nearer the truth
   * than a half-made page, and the frame would shrink and grow again.
   */
  postHeight(): void {
    if (document.documentElement.dataset.parts !== 'ready' || this.quiet) return;
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === this.lastHeight && this.pendingKeep === 0) return;
    this.lastHeight = height;
    const keep = this.pendingKeep;
    this.pendingKeep = 0;
    // The host page's origin is unknown to the map (any newsroom); the height is no secret.
    this.target.postMessage(
      { type: 'territory-map:height', height, ...(keep === 0 ? {} : { keep }) },
      '*',
    );
  }

  /**
   * Runs `change` without posting the height it makes: a change the reader made posts its height
   * with the scroll that keeps their control in place (keep), in one message; were the height
   * posted first, the article would resize the frame in one task and scroll in the next, and show
   * the frame resized but not scrolled in between (60 px off on a phone at 4× CPU slowdown). A
   * change that moves nothing is posted by the observer of the page's changes, after it.
   */
  quietly(change: () => void): void {
    this.quiet = true;
    try {
      change();
    } finally {
      this.quiet = false;
    }
  }

  /**
   * Asks the article to scroll by `pixels` with the height that follows (keepInPlace): the frame
   * has no scroll of its own, its height follows its content, so a control the reader used moves
   * on the reader's screen when what is above it in the frame changes length. Sent with the
   * height, in one message, so that the frame grows and the article scrolls in the same frame.
   */
  keep(pixels: number): void {
    // Sized to its content by the host (embed.js), the frame will be resized and the article
    // scrolled in one task of the host's: until then the control stays put here (holdFor).
    const followed = Math.abs(window.innerHeight - this.lastHeight) <= 1;
    const before = this.lastHeight;
    this.pendingKeep += pixels;
    this.postHeight();
    if (followed && pixels !== 0 && this.lastHeight !== before) this.holdFor(pixels);
  }

  /**
   * Moves the frame's content back by `pixels` until the host has resized the frame (and so
   * scrolled the article by as much, in the same task): the frame draws the change at once, the
   * host a message later, and in between the control the reader used showed where the change put
   * it (60 px away for 540–810 ms in five taps on a phone at 4× CPU slowdown, timed by the
   * article's and the frame's animation frames; held back, 15–99 ms in four of five). Released
   * in the resize steps of the frame's first rendering at its new height, which the browser shows
   * with the host's frame that resized it; or after a second, should the host never resize it.
   */
  private holdFor(pixels: number): void {
    this.held += pixels;
    document.body.style.transform = `translateY(${-this.held}px)`;
    if (this.release) return;
    const release = () => {
      removeEventListener('resize', resized);
      clearTimeout(timer);
      this.release = null;
      this.held = 0;
      document.body.style.transform = '';
    };
    const resized = () => {
      if (Math.abs(window.innerHeight - this.lastHeight) <= 1) release();
    };
    addEventListener('resize', resized);
    const timer = setTimeout(release, 1000);
    this.release = release;
  }

  /**
   * The state as ids, with the scenario's title and the day's summary in the reader's language as
   * plain text: what the host page announces when its story moves the map.
   */
  postState(state: UrlState, text: { title: string; summary: string }): void {
    const fields = Object.fromEntries(SHARED_PARAMS.map((name) => [name, state[name]]));
    this.target.postMessage({ type: 'territory-map:state', ...fields, ...text }, '*');
  }
}
