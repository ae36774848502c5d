import { describe, expect, it } from 'vitest';
import { paths } from '../paths.ts';
import { assembleControlInputs } from './assemble-control-inputs.ts';
import { loadControlSource, parseControlSource } from './control-source.ts';

const valid = {
  name: 'x',
  url: 'https://example.org/',
  credit: { en: 'Control: x', uk: 'Контроль: x' },
  licence: 'x',
  daily: {
    folder: 'd',
    fileName: 'day_{YYYYMMDD}.geojson',
    firstDate: '2025-01-01',
    snapshotTimeUtc: '03:20',
    knownGaps: [],
  },
  reader: { module: 'deepstate' },
};
const where = { controlDir: '/nowhere', sourceFile: 'data/control-source.json' };

describe('control source', () => {
  it('the committed data/control-source.json is valid and credits its source in both languages', async () => {
    const source = await loadControlSource(paths.controlSourceFile);
    expect(source.daily.fileName).toContain('{YYYYMMDD}');
    expect(source.credit.en).toContain(source.name);
    expect(source.credit.uk).toContain(source.name);
  });

  it('names each wrong field and what was expected', () => {
    const bad = {
      ...valid,
      daily: { ...valid.daily, fileName: 'day.geojson', firstDate: '2025-13' },
    };
    expect(() => parseControlSource(bad, 'data/control-source.json')).toThrow(
      'data/control-source.json: daily.fileName: expected a pattern containing {YYYYMMDD}; daily.firstDate: expected a date YYYY-MM-DD',
    );
  });

  it('wants the credit in English and Ukrainian', () => {
    expect(() => parseControlSource({ ...valid, credit: 'Control: x' }, 'c.json')).toThrow(
      /^c\.json: credit: /,
    );
  });

  it('names the reader module it cannot find, and where it looked', async () => {
    const source = parseControlSource({ ...valid, reader: { module: 'isw' } }, where.sourceFile);
    await expect(assembleControlInputs(source, where)).rejects.toThrow(
      'data/control-source.json: reader.module: expected src/pipeline/control/sources/isw.ts exporting `reader`',
    );
  });

  it("checks the reader's own settings, naming them under reader", async () => {
    const source = parseControlSource(
      { ...valid, reader: { module: 'deepstate', layers: { folder: 'l' } } },
      where.sourceFile,
    );
    await expect(assembleControlInputs(source, where)).rejects.toThrow(
      'data/control-source.json: reader.layers.contestedKey:',
    );
  });
});
