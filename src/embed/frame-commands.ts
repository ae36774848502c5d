import { SET_MESSAGE } from '../model/map-command.ts';

/**
 * The iframe's side of the host page's commands (DESIGN.md "Embed protocol"): it takes
 * `territory-map:set` messages from the page the map is embedded in, and from no other window or
 * frame, whatever they send or claim to be. It says `territory-map:ready` once the map can take
 * them. A flood is coalesced: of the messages that arrive while one is waiting, only the latest is
 * applied, so no sender can make the map redraw faster than it can, or queue work without end.
 * What a message means is the model's business (src/model/map-command.ts); here it is only data.
 */
export class FrameCommands {
  private latest: unknown = null;
  private waiting = false;
  private started = false;

  constructor(
    private readonly host: Window,
    private readonly apply: (message: unknown) => void,
  ) {
    addEventListener('message', (event: MessageEvent) => {
      // Any origin may embed the map, so the sender is told by its window, not its origin.
      if (event.source !== this.host || this.host === window) return;
      const data: unknown = event.data;
      if (typeof data !== 'object' || data === null || !('type' in data)) return;
      if (data.type !== SET_MESSAGE) return;
      this.latest = data;
      this.schedule();
    });
  }

  /** The map can take commands: tells the host page, and applies any that arrived before. */
  start(): void {
    this.started = true;
    // The host page's origin is unknown to the map (any newsroom); readiness is no secret.
    this.host.postMessage({ type: 'territory-map:ready' }, '*');
    this.schedule();
  }

  private schedule(): void {
    if (!this.started || this.waiting || this.latest === null) return;
    this.waiting = true;
    // A task, not a microtask: messages already queued arrive first, and only the last counts.
    setTimeout(() => {
      this.waiting = false;
      const message = this.latest;
      this.latest = null;
      this.apply(message);
    }, 0);
  }
}
