/**
 * A newsroom's server, on another origin than the app (started by playwright.config.ts):
 * - `/article/`: the demo article (dist/demo/index.html), its embed script loaded from the app's
 *   origin;
 * - `/sandboxed/`: a page that frames the map in a sandboxed iframe, as strict CMSs do;
 * - `/below-the-fold/`: a long article whose two maps both start below the first screen;
 * - `/timeline/`: an article with one map of the timeline, in Ukrainian;
 * - `/plain/`: an article that may not run scripts, with the plain iframes "Embed this view"
 *   writes for the tallest views in either language;
 * - `/story/` and `/story/uk/`: the story demo (dist/demo/story/), whose steps move one map, its
 *   embed script and its links to the map pointing at the app's origin.
 */
import { embedSnippets } from '../src/model/embed-snippets.ts';
import { demoArticle } from '../src/tooling/demo-article.ts';
import { demoStory } from '../src/tooling/demo-story.ts';
import { serveStatic } from '../src/tooling/static-server.ts';

const [port, appOrigin] = [Number(process.argv[2]), process.argv[3]];
if (!port || !appOrigin) throw new Error('usage: article-server.ts <port> <app origin>');

const sandboxed = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>A sandboxed embed</title>
  </head>
  <body>
    <iframe
      title="Map of Ukraine"
      sandbox="allow-scripts allow-same-origin allow-popups"
      src="${appOrigin}/?scenario=anchorage-2025&amp;embed=1"
      style="display:block;width:100%;height:900px;border:0"
    ></iframe>
  </body>
</html>`;

/** A paragraph of filler prose, as many times as asked: the text the maps sit in. */
const prose = (count: number) =>
  '<p>Ukraine will not withdraw troops from the territories it controls, the president said on ' +
  'May 19, rejecting the demands put forward in Istanbul. The talks ended without agreement; ' +
  'both delegations said they would meet again, and the question of land stayed open.</p>\n'.repeat(
    count,
  );

/**
 * A newsroom's article page around `body`, in `lang`, loading embed.js from the app's origin unless
 * `script` is false (a CMS that allows no scripts).
 */
const articlePage = (
  title: string,
  lang: 'en' | 'uk',
  body: string,
  script = true,
) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${title}</title>
    <style>
      body { margin: 0; font: 1.1rem/1.6 Georgia, serif; }
      article { max-width: 42rem; margin: 0 auto; padding: 1rem; }
    </style>
  </head>
  <body>
    <article>
      <h1>${title}</h1>
      ${body}
    </article>
    ${script ? `<script src="${appOrigin}/embed.js" async></script>` : ''}
  </body>
</html>`;

const belowTheFold = articlePage(
  'Two maps below the fold',
  'en',
  `${prose(14)}
      <div data-territory-map data-scenario="istanbul-2025" data-lang="en"></div>
      ${prose(6)}
      <div data-territory-map data-scenario="ukraine-no-withdrawal" data-region="UA-14" data-lang="uk"></div>
      ${prose(4)}`,
);

/** An article with one map of the timeline in Ukrainian, whose sentence changes length by date. */
const timelineArticle = articlePage(
  'Мапа в статті',
  'uk',
  `<div data-territory-map data-date="2024-07-01" data-lang="uk"></div>
      ${prose(4)}`,
);

/** The plain iframe snippet of a view, as "Embed this view" writes it. */
const plain = (scenario: string, date: string, lang: 'en' | 'uk') =>
  embedSnippets(`${appOrigin}/`, {
    scenario,
    date,
    since: null,
    region: null,
    place: null,
    lang,
  }).iframe;

const plainIframes = articlePage(
  'Plain iframes',
  'en',
  `${plain('us-draft-2025-04', '2025-04-30', 'uk')}
      ${plain('ukraine-nato-umbrella', '2024-12-18', 'en')}`,
  false,
);

await serveStatic(
  {
    pages: {
      '/article/': () => demoArticle(appOrigin),
      '/sandboxed/': async () => sandboxed,
      '/below-the-fold/': async () => belowTheFold,
      '/plain/': async () => plainIframes,
      '/timeline/': async () => timelineArticle,
      '/story/': () => demoStory(appOrigin, 'dist/demo/story/index.html'),
      '/story/uk/': () => demoStory(appOrigin, 'dist/demo/story/uk/index.html'),
    },
    folders: { '/story/': 'dist/demo/story' },
  },
  port,
);
