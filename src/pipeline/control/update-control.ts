import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PipelineError } from '../pipeline-error.ts';
import { daysBetween } from './dates.ts';
import { dailyFileMatcher, dailyFileName } from './list-daily-files.ts';
import { readHeldFile } from './read-held-file.ts';

export interface UpdateOptions {
  /** The daily folder; created if it does not exist yet. */
  folder: string;
  fileName: string;
  firstDate: string;
  knownGaps: readonly string[];
  /** Base URL the daily files are named under, ending with a slash. */
  archiveUrl: string;
  /** The last day to look for, normally today (UTC). */
  lastDate: string;
  log: (line: string) => void;
  concurrency?: number;
}

export interface UpdateResult {
  downloaded: string[];
  /** Days the archive has no file for (HTTP 404): not yet published, or never. */
  unavailable: string[];
}

const TIMEOUT_MS = 30_000;

/**
 * Downloads every daily file the folder lacks, from firstDate (or the day after the last file) to
 * lastDate. Each file is checked like any build input before it is moved into place, so a failed or
 * invalid download leaves nothing behind; files that did arrive intact are kept.
 */
export async function updateControl(options: UpdateOptions): Promise<UpdateResult> {
  const base = new URL(options.archiveUrl);
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new PipelineError(options.archiveUrl, 'archive URL must be http(s)');
  }
  await mkdir(options.folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new PipelineError(
      options.folder,
      `cannot create the control data folder (${error.code})`,
    );
  });
  const dateOf = dailyFileMatcher(options.fileName);
  const present = new Set((await readdir(options.folder)).map(dateOf).filter((d) => d !== null));
  const wanted = daysBetween(options.firstDate, options.lastDate).filter(
    (date) => !present.has(date) && !options.knownGaps.includes(date),
  );
  options.log(
    `${present.size} daily files present; looking for ${wanted.length} more at ${base.href}`,
  );

  const result: UpdateResult = { downloaded: [], unavailable: [] };
  const failures: string[] = [];
  const queue = [...wanted];
  const worker = async () => {
    for (let date = queue.shift(); date !== undefined; date = queue.shift()) {
      const name = dailyFileName(options.fileName, date);
      const url = new URL(name, base).href;
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
        if (response.status === 404) {
          result.unavailable.push(date);
          continue;
        }
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const text = await response.text();
        readHeldFile(text, url);
        const partial = join(options.folder, `.${name}.partial`);
        try {
          await writeFile(partial, text);
          await rename(partial, join(options.folder, name));
        } finally {
          await rm(partial, { force: true });
        }
        result.downloaded.push(date);
      } catch (error) {
        failures.push(
          error instanceof PipelineError ? error.message : `${url}: ${(error as Error).message}`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  result.downloaded.sort();
  result.unavailable.sort();
  if (failures.length > 0) {
    throw new PipelineError(
      options.folder,
      `${failures.length} download(s) failed and were not saved (${result.downloaded.length} saved):\n  ` +
        failures.sort().join('\n  '),
    );
  }
  return result;
}
