import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateControl, type UpdateOptions } from './update-control.ts';

const valid = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [37, 47],
            [38, 47],
            [38, 48],
            [37, 47],
          ],
        ],
      },
    },
  ],
});

// A stand-in for the public archive, on loopback: tests never touch the network.
const archive: Record<string, { status: number; body: string }> = {
  'day_20250101.geojson': { status: 200, body: valid },
  'day_20250102.geojson': { status: 200, body: valid },
  'day_20250103.geojson': { status: 200, body: '{"type":"FeatureCollection","features":[' },
  'day_20250104.geojson': { status: 500, body: 'busy' },
};

let server: Server;
let archiveUrl: string;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const name = request.url!.split('/').pop()!;
    requested.push(name);
    const file = archive[name] ?? { status: 404, body: 'not found' };
    response.writeHead(file.status).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  archiveUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const options = (folder: string, overrides: Partial<UpdateOptions> = {}): UpdateOptions => ({
  folder,
  fileName: 'day_{YYYYMMDD}.geojson',
  firstDate: '2025-01-01',
  knownGaps: [],
  archiveUrl,
  lastDate: '2025-01-02',
  log: () => {},
  ...overrides,
});

describe('updateControl', () => {
  it('fetches the whole series into a folder that does not exist yet', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'update-')), 'deepstate-daily');
    const result = await updateControl(options(folder));
    expect(result.downloaded).toEqual(['2025-01-01', '2025-01-02']);
    expect((await readdir(folder)).sort()).toEqual([
      'day_20250101.geojson',
      'day_20250102.geojson',
    ]);
  });

  it('asks only for the days the folder lacks, skipping known gaps', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'update-'));
    await writeFile(join(folder, 'day_20250101.geojson'), valid);
    requested.length = 0;
    await updateControl(
      options(folder, { lastDate: '2025-01-06', knownGaps: ['2025-01-03', '2025-01-04'] }),
    );
    expect(requested.sort()).toEqual([
      'day_20250102.geojson',
      'day_20250105.geojson',
      'day_20250106.geojson',
    ]);
  });

  it('reports days the archive does not have without failing', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'update-'));
    const result = await updateControl(
      options(folder, { firstDate: '2025-01-05', lastDate: '2025-01-06' }),
    );
    expect(result).toEqual({ downloaded: [], unavailable: ['2025-01-05', '2025-01-06'] });
  });

  it('leaves nothing behind for a download that is not valid GeoJSON or fails, and names both', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'update-')), 'daily');
    await mkdir(folder);
    const attempt = updateControl(options(folder, { lastDate: '2025-01-04' }));
    await expect(attempt).rejects.toThrow(/2 download\(s\) failed and were not saved \(2 saved\)/);
    await expect(attempt).rejects.toThrow(/day_20250103\.geojson: is not valid JSON/);
    await expect(attempt).rejects.toThrow(/day_20250104\.geojson: HTTP 500/);
    expect((await readdir(folder)).sort()).toEqual([
      'day_20250101.geojson',
      'day_20250102.geojson',
    ]);
  });

  it('refuses an archive URL that is not http(s)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'update-'));
    await expect(updateControl(options(folder, { archiveUrl: 'file:///etc/' }))).rejects.toThrow(
      'file:///etc/: archive URL must be http(s)',
    );
  });
});
