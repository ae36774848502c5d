import type { Lang } from './format-figures.ts';
import { SHARED_PARAMS } from './url-params.ts';

export interface EmbedSnippets {
  /** The `<div>` + `<script>` form: the iframe's height follows the map's content. */
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
 * The map's content is about 850 px tall at desktop width and up to about 1,100 px on a 320 px
 * phone (the scenario buttons wrap): measured with the embed layout, details folded.
 */
const PLAIN_IFRAME_HEIGHT = 'max(900px, calc(1200px - 40vw))';

/** Values come from validated state, but a snippet is pasted into HTML: escape anyway. */
const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The two ways to embed the view whose query string is `search`, for an app published at `appUrl`
 * (its index page, absolute), titled in `lang`. The theme is left to the host page's reader.
 */
export function embedSnippets(appUrl: string, search: string, lang: Lang): EmbedSnippets {
  const params = new URLSearchParams(search);
  const data = [...params]
    .filter(([name]) => (SHARED_PARAMS as readonly string[]).includes(name))
    .map(([name, value]) => ` data-${name}="${attribute(value)}"`)
    .join('');
  const base = new URL(appUrl);
  base.search = '';
  base.hash = '';
  const embedUrl = new URL(base);
  for (const [name, value] of params)
    if ((SHARED_PARAMS as readonly string[]).includes(name)) embedUrl.searchParams.set(name, value);
  embedUrl.searchParams.set('embed', '1');
  const scriptUrl = new URL('embed.js', base);
  const title = TITLES[lang];
  return {
    url: embedUrl.href,
    script: `<div data-territory-map${data}></div>\n<script src="${attribute(scriptUrl.href)}" async></script>`,
    iframe:
      `<iframe src="${attribute(embedUrl.href)}" title="${attribute(title)}" loading="lazy" ` +
      `allow="fullscreen" ` +
      `style="display:block;width:100%;height:${PLAIN_IFRAME_HEIGHT};border:0"></iframe>`,
  };
}
