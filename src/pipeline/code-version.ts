import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { paths } from './paths.ts';

/**
 * A hash of the pipeline's own source and the locked dependency versions: cached results made by
 * other code are never reused.
 */
export async function codeVersion(): Promise<string> {
  const hash = createHash('sha256');
  const folder = join(paths.root, 'src/pipeline');
  const files = (await readdir(folder, { recursive: true }))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();
  for (const file of files) hash.update(file).update(await readFile(join(folder, file)));
  // The browser-safe model files the pipeline runs or writes by.
  for (const file of ['data-manifest.ts', 'csv.ts', 'roles.ts'])
    hash.update(await readFile(join(paths.root, 'src/model', file)));
  hash.update(await readFile(join(paths.root, 'package-lock.json')).catch(() => ''));
  return hash.digest('hex');
}
