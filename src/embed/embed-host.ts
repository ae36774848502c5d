/**
 * embed.js, the host page's side of the embed protocol (DESIGN.md). A newsroom adds
 *
 *   <div data-territory-map data-scenario="istanbul-2025" data-lang="uk"></div>
 *   <script src="https://…/embed.js" async></script>
 *
 * and each such element becomes a lazy, full-width iframe of the map whose height follows the map's
 * `territory-map:height` messages. Messages are accepted only from these iframes (`event.source`)
 * and the map's origin, and only as numbers and ids: never as markup. No dependencies; it imports
 * nothing, so the build emits it as one plain script (no module syntax), loadable with <script src>.
 */
(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  // The app is published next to this script.
  const app = new URL('./', script?.src ?? location.href);
  // Copies of EMBED_ATTRIBUTES and SHARED_PARAMS (src/model/url-params.ts): this script imports
  // nothing; embed-host.test.ts holds them to the originals.
  const PARAMS = ['scenario', 'date', 'since', 'region', 'lang', 'theme'] as const;
  const STATE_FIELDS = ['scenario', 'date', 'since', 'region', 'lang'] as const;
  const TITLES = {
    en: 'Interactive map of Ukraine: who holds, who claims and who demands which land',
    uk: 'Інтерактивна мапа України: хто контролює, на що претендують і чого вимагають',
  };
  /** Height before the first message: the map's own height at desktop width, so little moves. */
  const INITIAL_HEIGHT = 880;
  const frames = new Map<Window, { iframe: HTMLIFrameElement; host: HTMLElement }>();

  function mount(host: HTMLElement): void {
    if (host.dataset.territoryMapMounted) return;
    host.dataset.territoryMapMounted = 'true';
    const url = new URL(app);
    for (const name of PARAMS) {
      const value = host.dataset[name];
      if (value) url.searchParams.set(name, value);
    }
    url.searchParams.set('embed', '1');
    const iframe = document.createElement('iframe');
    iframe.src = url.href;
    iframe.title = host.dataset.title || TITLES[host.dataset.lang === 'uk' ? 'uk' : 'en'];
    iframe.loading = 'lazy';
    iframe.allow = 'fullscreen';
    iframe.setAttribute('allowfullscreen', '');
    Object.assign(iframe.style, {
      display: 'block',
      width: '100%',
      height: `${INITIAL_HEIGHT}px`,
      border: '0',
    });
    host.replaceChildren(iframe);
    if (iframe.contentWindow) frames.set(iframe.contentWindow, { iframe, host });
  }

  addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== app.origin || !event.source) return;
    const frame = frames.get(event.source as Window);
    const data: unknown = event.data;
    if (!frame || typeof data !== 'object' || data === null) return;
    const message = data as Record<string, unknown>;
    if (message.type === 'territory-map:height') {
      const height = message.height;
      if (typeof height !== 'number' || !Number.isFinite(height)) return;
      if (height < 100 || height > 20_000) return;
      frame.iframe.style.height = `${Math.ceil(height)}px`;
    } else if (message.type === 'territory-map:state') {
      // Passed on to the page as an event on the element, plain strings only.
      const detail: Record<string, string | null> = {};
      for (const name of STATE_FIELDS) {
        const value = message[name];
        detail[name] = typeof value === 'string' && value.length <= 100 ? value : null;
      }
      frame.host.dispatchEvent(new CustomEvent('territory-map:state', { detail }));
    }
  });

  const mountAll = () =>
    document.querySelectorAll<HTMLElement>('[data-territory-map]').forEach(mount);
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
