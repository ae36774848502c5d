import type { Lang } from './format-figures.ts';
import { SHARED_PARAMS } from './url-params.ts';
import type { UrlState } from './url-state.ts';

/** What a snippet carries: the view and its language, every field (the theme is the host's). */
export type SharedState = Pick<UrlState, (typeof SHARED_PARAMS)[number]>;

export interface EmbedSnippets {
  /**
   * The `<div>` + `<script>` form: the iframe's height follows the map's content; until the script
   * has run, a placeholder inside the element keeps the map's estimated height.
   */
  script: string;
  /** A plain `<iframe>` for pages that allow no scripts: a fixed height, larger on narrow screens. */
  iframe: string;
  /** The address the iframe shows. */
  url: string;
}

const TITLES: Record<Lang, string> = {
  en: 'Interactive map of Ukraine: who holds, who claims and who demands which land',
  uk: 'Інтерактивна мапа України: хто контролює, на що претендують і чого вимагають',
};

/**
 * The embed layout's content height for a frame `w` px wide, details folded: about 1,000 px from
 * 1,024 px up, 1,140 px at 700 px, 1,350 px on a 390 px phone (the map is as tall as the frame is
 * wide there, and the scenario buttons wrap). Fitted to the build at 320–1280 px over four views
 * (within about 30 px of each width's mean): `max(1000, 1644 − 0.72·w)`. embed.js starts each
 * frame at this height (a copy, held to this one by embed-host.test.ts).
 */
export const ESTIMATED_HEIGHT = { min: 1000, base: 1644, perWidth: 0.72 } as const;

/**
 * The same height in CSS, for the snippet's placeholder: `cqw` is a hundredth of the width of the
 * element embed.js turns into the map (a size container), so the article keeps the map's place
 * before the script has run, and nothing moves when it does.
 */
export const ESTIMATED_HEIGHT_CSS = `max(${ESTIMATED_HEIGHT.min}px, calc(${ESTIMATED_HEIGHT.base}px - ${ESTIMATED_HEIGHT.perWidth * 100}cqw))`;

/**
 * A plain iframe cannot follow its content; sized from the page's width (an article's column is
 * about as wide on a phone, narrower on a desktop) to hold the tallest view folded, in either
 * language: measured on the build, every scenario, 1,625 px at 320 px, 1,592 at 390 (Ukrainian),
 * 1,392 at 600, 1,250 at 700; a taller view (details opened) scrolls inside the frame. The
 * control data's credit is on the map itself, so it is never cut off.
 */
const PLAIN_IFRAME_HEIGHT = 'max(1400px, calc(2000px - 100vw))';

/** Values come from validated state, but a snippet is pasted into HTML: escape anyway. */
const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The two ways to embed `state`, for an app published at `appUrl` (its index page, absolute),
 * titled in its language. Every field of the view is written out, defaults included: an article
 * shows the day and the language it was written for, whatever the reader's browser speaks and
 * however many days are added after it. The theme is left to the host page's reader.
 */
export function embedSnippets(appUrl: string, state: SharedState): EmbedSnippets {
  const fields = SHARED_PARAMS.flatMap((name) => {
    const value = state[name];
    return value === null ? [] : [[name, value] as const];
  });
  const data = fields.map(([name, value]) => ` data-${name}="${attribute(value)}"`).join('');
  const base = new URL(appUrl);
  base.search = '';
  base.hash = '';
  const embedUrl = new URL(base);
  for (const [name, value] of fields) embedUrl.searchParams.set(name, value);
  embedUrl.searchParams.set('embed', '1');
  const scriptUrl = new URL('embed.js', base);
  const title = TITLES[state.lang];
  return {
    url: embedUrl.href,
    script:
      `<div data-territory-map${data} style="container-type:inline-size">` +
      `<div style="height:${ESTIMATED_HEIGHT_CSS}"></div></div>\n` +
      `<script src="${attribute(scriptUrl.href)}" async></script>`,
    iframe:
      `<iframe src="${attribute(embedUrl.href)}" title="${attribute(title)}" loading="lazy" ` +
      `allow="fullscreen" ` +
      `style="display:block;width:100%;height:${PLAIN_IFRAME_HEIGHT};border:0"></iframe>`,
  };
}
