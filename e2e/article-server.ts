/**
 * Serves the demo article (dist/demo/index.html) from another origin than the app, as a newsroom's
 * page would be: its embed script is loaded from the app's origin. Started by playwright.config.ts.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';

const [port, appOrigin] = [Number(process.argv[2]), process.argv[3]];
if (!port || !appOrigin) throw new Error('usage: article-server.ts <port> <app origin>');

createServer(async (request, response) => {
  if (request.url !== '/article/') {
    response.writeHead(404).end();
    return;
  }
  const demo = await readFile('dist/demo/index.html', 'utf8');
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(demo.replace('src="../embed.js"', `src="${appOrigin}/embed.js"`));
}).listen(port, '127.0.0.1');
