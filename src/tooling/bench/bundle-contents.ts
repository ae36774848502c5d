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

/**
 * The one library the reader's browser runs on purpose, and the chunk it may be in: a comparison of
 * two days (issue 17) clips the two held areas in the browser, in a chunk of its own that is
 * fetched only when a reader compares.
 */
const LAZY_ONLY: Record<string, RegExp> = { 'polygon-clipping': /^change-between-[\w-]+\.js$/ };

/** Whether a build-time library reached dist/assets, and the gzipped size of dist/embed.js. */
export async function measureBundle() {
  const found = new Set<string>();
  for (const name of await readdir('dist/assets')) {
    if (!/\.m?js$/.test(name)) continue;
    const code = await readFile(join('dist/assets', name), 'utf8');
    for (const [library, telltale] of Object.entries(TELLTALES))
      if (code.includes(telltale) && !LAZY_ONLY[library]?.test(name))
        found.add(`${library} in ${name}`);
  }
  return {
    bundle: { clean: found.size === 0, found: [...found] },
    embedJsGzipBytes: gzipSync(await readFile('dist/embed.js'), { level: 9 }).length,
  };
}
