import { SHARED_PARAMS } from '../model/url-params.ts';
import type { UrlState } from '../model/url-state.ts';

/**
 * The iframe's side of the embed protocol (DESIGN.md): it tells the page around it its height, on
 * load and on every change of size, and its state on every change. The content's height never
 * depends on the iframe's (the embed layout has no viewport-height units), so there is no loop.
 * Messages carry numbers and ids only; the host script treats them as data, never as markup.
 */
export class FrameMessages {
  private lastHeight = -1;

  constructor(private readonly target: Window) {
    new ResizeObserver(() => this.postHeight()).observe(document.body);
    addEventListener('load', () => this.postHeight());
  }

  /** True when the page is shown inside another page. */
  static embedded(): boolean {
    return window.parent !== window;
  }

  postHeight(): void {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === this.lastHeight) return;
    this.lastHeight = height;
    // The host page's origin is unknown to the map (any newsroom); the height is no secret.
    this.target.postMessage({ type: 'territory-map:height', height }, '*');
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
