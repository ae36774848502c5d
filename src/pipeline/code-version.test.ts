import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withImports } from './code-version.ts';

describe("the pipeline's code version", () => {
  it('covers the modules the pipeline imports from elsewhere, however indirectly', async () => {
    const root = await mkdtemp(join(tmpdir(), 'code-version-'));
    await mkdir(join(root, 'pipeline'));
    await mkdir(join(root, 'model'));
    const file = (path: string, text: string) => writeFile(join(root, path), text);
    await file('pipeline/write.ts', "import { a } from '../model/a.ts';\nexport const w = a;\n");
    await file('model/a.ts', "import type { B } from './b.ts';\nexport * from './c.ts';\n");
    await file('model/b.ts', 'export type B = number;\n');
    await file('model/c.ts', "export const c = await import('./d.ts');\n");
    await file('model/d.ts', 'export const d = 1;\n');
    await file('model/unused.ts', 'export const u = 1;\n');
    const files = await withImports([join(root, 'pipeline/write.ts')]);
    expect(files.map((f) => f.slice(root.length + 1)).sort()).toEqual([
      'model/a.ts',
      'model/b.ts',
      'model/c.ts',
      'model/d.ts',
      'pipeline/write.ts',
    ]);
  });
});
