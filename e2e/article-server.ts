/**
 * A newsroom's server, on another origin than the app (started by playwright.config.ts):
 * - `/article/`: the demo article (dist/demo/index.html), its embed script loaded from the app's
 *   origin;
 * - `/sandboxed/`: a page that frames the map in a sandboxed iframe, as strict CMSs do;
 * - `/story/` and `/story/uk/`: the story demo (dist/demo/story/), whose steps move one map, its
 *   embed script and its links to the map pointing at the app's origin.
 */
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

await serveStatic(
  {
    pages: {
      '/article/': () => demoArticle(appOrigin),
      '/sandboxed/': async () => sandboxed,
      '/story/': () => demoStory(appOrigin, 'dist/demo/story/index.html'),
      '/story/uk/': () => demoStory(appOrigin, 'dist/demo/story/uk/index.html'),
    },
    folders: { '/story/': 'dist/demo/story' },
  },
  port,
);
