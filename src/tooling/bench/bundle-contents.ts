import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Build-time libraries must never ship: their telltale strings, searched in the built JS. */
const TELLTALES: Record<string, string> = {
  zod: 'ZodError',
  turf: '@turf/',
  'polygon-clipping': 'SweepEvent',
  mapshaper: 'mapshaper',
};

/** Whether a build-time library reached dist/assets, and the gzipped size of dist/embed.js. */
export async function measureBundle() {
  const found = new Set<string>();
  for (const name of await readdir('dist/assets')) {
    if (!/\.m?js$/.test(name)) continue;
    const code = await readFile(join('dist/assets', name), 'utf8');
    for (const [library, telltale] of Object.entries(TELLTALES))
      if (code.includes(telltale)) found.add(`${library} in ${name}`);
  }
  return {
    bundle: { clean: found.size === 0, found: [...found] },
    embedJsGzipBytes: gzipSync(await readFile('dist/embed.js'), { level: 9 }).length,
  };
}
