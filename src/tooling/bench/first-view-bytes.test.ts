import { describe, expect, it } from 'vitest';
import { firstViewBytes } from './first-view-bytes.ts';

const at = (path: string, gzip: number) => ({ url: `http://127.0.0.1:4300${path}`, gzip });

describe('firstViewBytes', () => {
  it('sorts each response by the name the build gives it, and adds them up', () => {
    const bytes = firstViewBytes([
      at('/app/', 1),
      at('/app/assets/index-a1b2.js', 10),
      at('/app/assets/maplibre-gl-c3d4.js', 100),
      at('/app/assets/maplibre-gl-worker-e5f6.js', 1_000),
      at('/app/assets/index-a1b2.css', 10_000),
      at('/app/data/manifest.json', 100_000),
      at('/app/data/control-2025-08-12.js', 200_000),
      at('/app/favicon.png', 1_000_000),
    ]);
    expect(bytes).toEqual({
      html: 1,
      appJs: 10,
      maplibreJs: 100,
      maplibreWorker: 1_000,
      css: 10_000,
      data: 300_000,
      other: 1_000_000,
      total: 1_311_111,
    });
  });

  it('counts an HTML page by name as well as a folder', () => {
    expect(firstViewBytes([at('/floor/index.html', 7)]).html).toBe(7);
  });
});
