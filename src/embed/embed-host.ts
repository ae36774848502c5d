/**
 * embed.js, the host page's side of the embed protocol (DESIGN.md). A newsroom adds
 *
 *   <div data-territory-map data-scenario="istanbul-2025" data-lang="uk"></div>
 *   <script src="https://…/embed.js" async></script>
 *
 * and each such element becomes a lazy, full-width iframe of the map whose height follows the map's
 * `territory-map:height` messages. Messages are accepted only from these iframes (`event.source`)
 * and the map's origin, and only as numbers, ids and plain text: never as markup. No dependencies;
 * it imports nothing, so the build emits it as one plain script (no module syntax), loadable with
 * <script src>.
 *
 * Story steps: elements marked `data-territory-map-step` (with the same data-* names) set the view
 * of a map while they are in the middle of the viewport, forwards and backwards, by
 * `territory-map:set` messages; each change is announced politely.
 */
(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  // The app is published next to this script.
  const app = new URL('./', script?.src ?? location.href);
  // Copies of EMBED_ATTRIBUTES and SHARED_PARAMS (src/model/url-params.ts): this script imports
  // nothing; embed-host.test.ts holds them to the originals.
  const PARAMS = ['scenario', 'date', 'since', 'region', 'place', 'lang', 'theme'] as const;
  const STATE_FIELDS = ['scenario', 'date', 'since', 'region', 'place', 'lang'] as const;
  /**
   * A copy of VIEW_PARAMS: what a story step sets, every field each time (null: the default, as a
   * link without it), so a step shows the same view whichever way the reader arrives.
   */
  const STEP_FIELDS = ['scenario', 'date', 'since', 'region', 'place'] as const;
  const TITLES = {
    en: 'Interactive map of Ukraine: who holds, who claims and who demands which land',
    uk: 'Інтерактивна мапа України: хто контролює, на що претендують і чого вимагають',
  };
  /**
   * The height before the map's first message, estimated from the frame's width `w` (px): the
   * embed layout's content height, `max(1000, 1644 − 0.72·w)`, fitted to the build's at 320–1280 px
   * (four views, details folded; within about 30 px of each mean). A copy of ESTIMATED_HEIGHT
   * (src/model/embed-snippets.ts), whose snippet reserves the same height in CSS before this script
   * has run; embed-host.test.ts holds the two together.
   */
  const estimatedHeight = (w: number) => Math.round(Math.max(1000, 1644 - 0.72 * w));
  interface Frame {
    iframe: HTMLIFrameElement;
    host: HTMLElement;
    /** The map said `territory-map:ready`: before, commands wait in `pending`. */
    ready: boolean;
    pending: Record<string, string | null> | null;
    /** The step shown, and whether the next state message is to be announced. */
    step: HTMLElement | null;
    announce: boolean;
    live: HTMLElement | null;
  }
  const frames = new Map<Window, Frame>();
  const byHost = new Map<HTMLElement, Frame>();

  function mount(host: HTMLElement): void {
    if (host.dataset.territoryMapMounted) return;
    host.dataset.territoryMapMounted = 'true';
    const url = new URL(app);
    for (const name of PARAMS) {
      const value = host.dataset[name];
      if (value) url.searchParams.set(name, value);
    }
    url.searchParams.set('embed', '1');
    const width = host.getBoundingClientRect().width;
    const iframe = document.createElement('iframe');
    iframe.src = url.href;
    iframe.title = host.dataset.title || TITLES[host.dataset.lang === 'uk' ? 'uk' : 'en'];
    iframe.loading = 'lazy';
    iframe.allow = 'fullscreen';
    Object.assign(iframe.style, {
      display: 'block',
      width: '100%',
      height: `${estimatedHeight(width)}px`,
      border: '0',
    });
    host.replaceChildren(iframe);
    const frame: Frame = {
      iframe,
      host,
      ready: false,
      pending: null,
      step: null,
      announce: false,
      live: null,
    };
    byHost.set(host, frame);
    if (iframe.contentWindow) frames.set(iframe.contentWindow, frame);
  }

  function send(frame: Frame, command: Record<string, string | null>): void {
    if (!frame.ready) frame.pending = command;
    // To the map's origin only: should the frame have been navigated elsewhere, nothing is sent.
    else frame.iframe.contentWindow?.postMessage(command, app.origin);
  }

  /** Says `text` politely, as text, in a live region beside the map. */
  function say(frame: Frame, text: string): void {
    if (!frame.live) {
      frame.live = document.createElement('p');
      frame.live.setAttribute('aria-live', 'polite');
      Object.assign(frame.live.style, {
        position: 'absolute',
        width: '1px',
        height: '1px',
        overflow: 'hidden',
        clipPath: 'inset(50%)',
        whiteSpace: 'nowrap',
        margin: '0',
      });
      frame.host.append(frame.live);
    }
    frame.live.textContent = text;
  }

  /** The map a step drives: the one its value names by id, else the last one before it. */
  function frameOf(step: HTMLElement): Frame | undefined {
    const named = step.dataset.territoryMapStep;
    if (named) return byHost.get(document.getElementById(named) as HTMLElement);
    let found: Frame | undefined;
    for (const [host, frame] of byHost)
      if (host.compareDocumentPosition(step) & Node.DOCUMENT_POSITION_FOLLOWING) found = frame;
    return found;
  }

  function show(step: HTMLElement): void {
    const frame = frameOf(step);
    if (!frame || frame.step === step) return;
    frame.step?.removeAttribute('data-territory-map-active');
    step.setAttribute('data-territory-map-active', '');
    frame.step = step;
    const command: Record<string, string | null> = { type: 'territory-map:set' };
    for (const name of STEP_FIELDS) command[name] = step.dataset[name] ?? null;
    send(frame, command);
    const text = step.dataset.territoryMapAnnounce;
    if (text) say(frame, text);
    frame.announce = !text;
  }

  addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== app.origin || !event.source) return;
    const frame = frames.get(event.source as Window);
    const data: unknown = event.data;
    if (!frame || typeof data !== 'object' || data === null) return;
    const message = data as Record<string, unknown>;
    if (message.type === 'territory-map:ready') {
      frame.ready = true;
      if (frame.pending) send(frame, frame.pending);
      frame.pending = null;
    } else if (message.type === 'territory-map:height') {
      const height = message.height;
      if (typeof height !== 'number' || !Number.isFinite(height)) return;
      if (height < 100 || height > 20_000) return;
      frame.iframe.style.height = `${Math.ceil(height)}px`;
      // What the reader just used in the map moved down or up by `keep` as the map's content
      // changed above it: the article scrolls by as much, so it stays under their finger.
      const keep = message.keep;
      if (typeof keep === 'number' && Number.isFinite(keep) && Math.abs(keep) <= 1000)
        window.scrollBy(0, keep);
    } else if (message.type === 'territory-map:state') {
      // Passed on to the page as an event on the element, plain strings only.
      const detail: Record<string, string | null> = {};
      for (const name of STATE_FIELDS) {
        const value = message[name];
        detail[name] = typeof value === 'string' && value.length <= 100 ? value : null;
      }
      frame.host.dispatchEvent(new CustomEvent('territory-map:state', { detail }));
      const { title, summary } = message;
      if (frame.announce && typeof title === 'string' && typeof summary === 'string') {
        frame.announce = false;
        say(frame, `${title}. ${summary}`.slice(0, 400));
      }
    }
  });

  const mountAll = () => {
    document.querySelectorAll<HTMLElement>('[data-territory-map]').forEach(mount);
    // The step across the middle line of the viewport is the one being read. Steps that touch
    // (one's end, the next's start) may both cross it: the one that came last wins, and when it
    // leaves, the other is shown again.
    const crossing = new Set<Element>();
    const steps = new IntersectionObserver(
      (entries) => {
        let entered: Element | undefined;
        for (const { target, isIntersecting } of entries) {
          if (isIntersecting) crossing.add((entered = target));
          else crossing.delete(target);
        }
        const step = entered ?? [...crossing].pop();
        if (step) show(step as HTMLElement);
      },
      { rootMargin: '-50% 0px' },
    );
    document
      .querySelectorAll<HTMLElement>('[data-territory-map-step]')
      .forEach((step) => steps.observe(step));
  };
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
