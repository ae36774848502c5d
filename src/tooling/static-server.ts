import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** What one origin serves: folders under URL prefixes, and single pages at exact paths. */
export interface StaticSite {
  /** URL prefix (ending in "/") → folder; a path ending in "/" serves the folder's index.html. */
  folders?: Record<string, string>;
  /** Exact URL path → the HTML served there, made when asked. */
  pages?: Record<string, () => Promise<string>>;
}

export interface RunningServer {
  /** The origin, without a trailing slash: `http://127.0.0.1:<port>`. */
  url: string;
  stop: () => void;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The tooling's one static server (the bench, the screenshots, the e2e article's second origin),
 * on 127.0.0.1 at `port` (0: any free port). Uncompressed, as a plain static host serves files:
 * the bench gzips sizes itself.
 */
export async function serveStatic(site: StaticSite, port = 0): Promise<RunningServer> {
  const folders = Object.entries(site.folders ?? {}).map(
    ([prefix, folder]) => [prefix, resolve(folder)] as const,
  );
  const pages = site.pages ?? {};
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const page = pages[path];
    if (page) {
      // A page that cannot be made (say, before the build) answers 500 with the reason.
      return page().then(
        (body) => response.writeHead(200, { 'content-type': TYPES['.html']! }).end(body),
        (error: Error) => response.writeHead(500).end(error.message),
      );
    }
    const [prefix, root] = folders.find(([p]) => path.startsWith(p)) ?? [];
    if (!prefix || !root) return response.writeHead(404).end();
    const file = normalize(join(root, path.slice(prefix.length) || 'index.html'));
    if (!file.startsWith(root + sep)) return response.writeHead(403).end();
    try {
      const body = await readFile(file.endsWith('/') ? join(file, 'index.html') : file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(port, '127.0.0.1', listening);
  });
  const { port: bound } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${bound}`, stop: () => server.close() };
}
