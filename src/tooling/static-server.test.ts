import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type RunningServer } from './static-server.ts';

describe('serveStatic', () => {
  let server: RunningServer;
  const get = async (path: string) => {
    const response = await fetch(`${server.url}${path}`);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await response.text(),
    };
  };

  beforeAll(async () => {
    const parent = await mkdtemp(join(tmpdir(), 'static-server-'));
    const folder = join(parent, 'site');
    await mkdir(join(folder, 'data'), { recursive: true });
    await writeFile(join(folder, 'index.html'), '<p>app</p>');
    await writeFile(join(folder, 'data', 'manifest.json'), '{}');
    await writeFile(join(parent, 'site-secret.txt'), 'secret');
    server = await serveStatic({
      folders: { '/app/': folder },
      pages: {
        '/article/': async () => '<p>article</p>',
        '/broken/': async () => {
          throw new Error('dist/demo/index.html is missing');
        },
      },
    });
  });
  afterAll(() => server.stop());

  it('listens on a free port of 127.0.0.1 when given none', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("serves a folder's index.html at its prefix, and its files by type", async () => {
    expect(await get('/app/')).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<p>app</p>',
    });
    expect(await get('/app/data/manifest.json')).toMatchObject({
      status: 200,
      type: 'application/json',
    });
  });

  it('serves a page at its exact path', async () => {
    expect(await get('/article/')).toMatchObject({ status: 200, body: '<p>article</p>' });
  });

  it('answers 404 for what it does not have', async () => {
    expect((await get('/app/missing.js')).status).toBe(404);
    expect((await get('/elsewhere/')).status).toBe(404);
  });

  it('never serves a file outside its folders', async () => {
    expect((await get('/app/..%2Fsite-secret.txt')).status).toBe(403);
  });

  it('answers 500 with the reason when a page cannot be made', async () => {
    expect(await get('/broken/')).toMatchObject({
      status: 500,
      body: 'dist/demo/index.html is missing',
    });
  });
});
