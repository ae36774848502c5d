import { describe, expect, it } from 'vitest';
import { loadControlSource, parseControlSource } from './control-source.ts';
import { paths } from '../paths.ts';

describe('control source', () => {
  it('the committed data/control-source.json is valid', async () => {
    const source = await loadControlSource(paths.controlSourceFile);
    expect(source.daily.fileName).toContain('{YYYYMMDD}');
  });

  it('names each wrong field and what was expected', () => {
    const bad = {
      name: 'x',
      credit: 'x',
      licence: 'x',
      daily: {
        folder: 'd',
        fileName: 'day.geojson',
        firstDate: '2025-13',
        snapshotTimeUtc: '03:20',
        knownGaps: [],
      },
    };
    expect(() => parseControlSource(bad, 'data/control-source.json')).toThrow(
      'data/control-source.json: daily.fileName: expected a pattern containing {YYYYMMDD}; daily.firstDate: expected a date YYYY-MM-DD',
    );
  });
});
