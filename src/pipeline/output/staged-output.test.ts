import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, StagedOutput } from './staged-output.ts';

describe('StagedOutput', () => {
  it('replaces the whole output folder only on commit', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'out-'));
    const target = join(parent, 'data');
    const first = new StagedOutput(target);
    await first.begin();
    await first.write('a.json', '1');
    await first.commit();

    const second = new StagedOutput(target);
    await second.begin();
    await second.write('b.json', '2');
    expect(await readdir(target)).toEqual(['a.json']);
    await second.commit();
    expect(await readdir(target)).toEqual(['b.json']);
    expect(await readdir(parent)).toEqual(['data']);
  });

  it('leaves the previous output and no staging folder behind on abort', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'out-'));
    const target = join(parent, 'data');
    const good = new StagedOutput(target);
    await good.begin();
    await good.write('manifest.json', 'good');
    await good.commit();

    const failed = new StagedOutput(target);
    await failed.begin();
    await failed.write('manifest.json', 'half-written');
    await failed.abort();
    expect(await readFile(join(target, 'manifest.json'), 'utf8')).toBe('good');
    expect(await readdir(parent)).toEqual(['data']);
  });

  it('names hashed files after their content', async () => {
    const output = new StagedOutput(join(await mkdtemp(join(tmpdir(), 'out-')), 'data'));
    await output.begin();
    expect(await output.writeHashed('units', '.topo.json', 'x')).toBe(
      `units.${contentHash('x')}.topo.json`,
    );
    expect(contentHash('x')).not.toBe(contentHash('y'));
  });
});
