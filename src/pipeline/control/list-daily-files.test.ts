import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dailyFileName, listDailyFiles } from './list-daily-files.ts';

const pattern = 'deepstatemap_data_{YYYYMMDD}.geojson';

async function folderWith(names: string[]): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'daily-'));
  await Promise.all(names.map((name) => writeFile(join(folder, name), '{}')));
  return folder;
}

describe('listDailyFiles', () => {
  it('lists the files in date order and ignores unrelated names', async () => {
    const folder = await folderWith([
      'deepstatemap_data_20250102.geojson',
      'deepstatemap_data_20250101.geojson',
      'README.md',
    ]);
    const { files, missing } = await listDailyFiles(folder, pattern, []);
    expect(files.map((f) => f.date)).toEqual(['2025-01-01', '2025-01-02']);
    expect(missing).toEqual([]);
  });

  it('fails on a day missing from the series, naming the folder and the day', async () => {
    const folder = await folderWith([
      'deepstatemap_data_20250101.geojson',
      'deepstatemap_data_20250104.geojson',
    ]);
    await expect(listDailyFiles(folder, pattern, ['2025-01-02'])).rejects.toThrow(
      `${folder}: date gap: no file for 2025-01-03`,
    );
  });

  it('accepts a gap declared as known and reports it as missing', async () => {
    const folder = await folderWith([
      'deepstatemap_data_20250101.geojson',
      'deepstatemap_data_20250103.geojson',
    ]);
    const { missing } = await listDailyFiles(folder, pattern, ['2025-01-02']);
    expect(missing).toEqual(['2025-01-02']);
  });

  it('names the folder when it does not exist', async () => {
    await expect(listDailyFiles('/nowhere/deepstate-daily', pattern, [])).rejects.toThrow(
      '/nowhere/deepstate-daily: control data folder not found; set CONTROL_DATA_DIR',
    );
  });

  it('refuses a file whose name is not a real date', async () => {
    const folder = await folderWith(['deepstatemap_data_20250231.geojson']);
    await expect(listDailyFiles(folder, pattern, [])).rejects.toThrow(
      'the name holds no real date (2025-02-31)',
    );
  });

  it('dailyFileName is the inverse of the pattern', () => {
    expect(dailyFileName(pattern, '2025-08-12')).toBe('deepstatemap_data_20250812.geojson');
  });
});
