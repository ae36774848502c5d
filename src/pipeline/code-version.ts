import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { paths } from './paths.ts';

/**
 * A hash of the pipeline's own source, of every module of the app's it runs or writes by (model
 * files, geometry), and of the locked dependency versions: cached results made by other code are
 * never reused, and an output written by other code (a manifest's list of first-view files) is
 * written again.
 */
export async function codeVersion(): Promise<string> {
  const hash = createHash('sha256');
  const folder = join(paths.root, 'src/pipeline');
  const files = (await readdir(folder, { recursive: true }))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(folder, f));
  for (const file of (await withImports(files)).sort())
    hash.update(relative(paths.root, file)).update(await readFile(file));
  hash.update(await readFile(join(paths.root, 'package-lock.json')).catch(() => ''));
  return hash.digest('hex');
}

/** `files` and every module they import by a relative path, however indirectly. */
export async function withImports(files: readonly string[]): Promise<string[]> {
  const seen = new Set(files);
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop()!;
    for (const [, specifier] of (await readFile(file, 'utf8')).matchAll(IMPORT)) {
      const imported = resolve(dirname(file), specifier!);
      if (seen.has(imported)) continue;
      seen.add(imported);
      queue.push(imported);
    }
  }
  return [...seen];
}

/** A static or type import, or a re-export, of a relative TypeScript module. */
const IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+\.ts)'/g;
