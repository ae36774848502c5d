import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PipelineError } from '../pipeline-error.ts';
import { daysBetween, parseIsoDate } from './dates.ts';

export interface DailyFile {
  date: string;
  path: string;
}

/** Matches names such as deepstatemap_data_20250812.geojson for the pattern in control-source.json. */
export function dailyFileMatcher(fileName: string): (name: string) => string | null {
  const [prefix, suffix] = fileName.split('{YYYYMMDD}') as [string, string];
  return (name) => {
    if (!name.startsWith(prefix) || !name.endsWith(suffix)) return null;
    const digits = name.slice(prefix.length, name.length - suffix.length);
    if (!/^\d{8}$/.test(digits)) return null;
    return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`;
  };
}

export function dailyFileName(fileName: string, date: string): string {
  return fileName.replace('{YYYYMMDD}', date.replaceAll('-', ''));
}

/**
 * Lists the daily files of the series in date order and refuses a series with a hole in it: every
 * day between the first and the last file must have a file or be declared a known gap.
 */
export async function listDailyFiles(
  folder: string,
  fileName: string,
  knownGaps: readonly string[],
): Promise<{ files: DailyFile[]; missing: string[] }> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    throw new PipelineError(
      folder,
      'control data folder not found; set CONTROL_DATA_DIR to the folder that holds it, ' +
        'or run `npm run data:update` to download the series',
    );
  }
  const dateOf = dailyFileMatcher(fileName);
  const files: DailyFile[] = [];
  for (const name of names.sort()) {
    const date = dateOf(name);
    if (date === null) continue;
    if (parseIsoDate(date) === null) {
      throw new PipelineError(join(folder, name), `the name holds no real date (${date})`);
    }
    files.push({ date, path: join(folder, name) });
  }
  if (files.length === 0) {
    throw new PipelineError(folder, `no daily files named like ${fileName}`);
  }
  const present = new Set(files.map((f) => f.date));
  const missing = daysBetween(files[0]!.date, files[files.length - 1]!.date).filter(
    (d) => !present.has(d),
  );
  const unexpected = missing.filter((d) => !knownGaps.includes(d));
  if (unexpected.length > 0) {
    throw new PipelineError(
      folder,
      `date gap: no file for ${unexpected.join(', ')}; fetch it with \`npm run data:update\`, or, if the ` +
        'source has no map for that day, add the date to daily.knownGaps in data/control-source.json',
    );
  }
  return { files, missing };
}
