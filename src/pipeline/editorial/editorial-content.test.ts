import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleControlInputs } from '../control/assemble-control-inputs.ts';
import { loadControlSource } from '../control/control-source.ts';
import { controlDataDir, paths } from '../paths.ts';
import { loadPlaces } from '../places/load-places.ts';
import { checkEditorial } from './check-editorial.ts';

/** The committed editorial model, checked against the real seeds and the real timeline. */
async function realTimeline(): Promise<Set<string>> {
  const source = await loadControlSource(paths.controlSourceFile);
  const { series, preInvasion } = await assembleControlInputs(source, {
    controlDir: controlDataDir(),
    sourceFile: paths.controlSourceFile,
  });
  return new Set([...series.map((s) => s.date), ...(preInvasion ? [preInvasion.date] : [])]);
}

const gazetteer = () => loadPlaces(join(paths.root, 'data/places.json'), paths.root);

const location = {
  dataDir: join(paths.root, 'data'),
  seedsDir: join(paths.root, 'seeds'),
  root: paths.root,
};

describe('the committed editorial model', () => {
  it('is sound: every quote is word for word in its seed, every reference resolves', async () => {
    const editorial = await checkEditorial(location, await realTimeline(), await gazetteer());
    const cited = new Set(editorial.quotes.map((q) => q.source));
    expect(editorial.sources.every((s) => cited.has(s.id))).toBe(true);
    for (const scenario of editorial.scenarios) {
      expect(scenario.summary.en.length, scenario.id).toBeGreaterThan(0);
      expect(scenario.summary.uk.length, scenario.id).toBeGreaterThan(0);
    }
  });

  it('fails on one changed word in a real quote, naming the file, the quote and the seed', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'editorial-'));
    await cp(location.dataDir, dataDir, { recursive: true });
    const quotesFile = join(dataDir, 'quotes.json');
    const text = await readFile(quotesFile, 'utf8');
    await writeFile(
      quotesFile,
      text.replace('It’s our land, we won’t withdraw', 'It’s our land, we will withdraw'),
    );
    await expect(
      checkEditorial({ ...location, dataDir }, await realTimeline(), await gazetteer()),
    ).rejects.toThrow(
      /quotes\.json: quotes\[0\]\.text: quote "our-land" is not word for word in seeds\/000_0d8389ab5f390a41\.txt/,
    );
  });

  it('keeps the seed articles byte for byte as received', async () => {
    const shared = resolve(paths.root, '../shared/seeds');
    const names = (await readdir(shared)).filter((n) => n.endsWith('.txt'));
    expect(names).toHaveLength(5);
    for (const name of names) {
      expect(await readFile(join(location.seedsDir, name)), name).toEqual(
        await readFile(join(shared, name)),
      );
    }
  });
});
