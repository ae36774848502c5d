/**
 * `npm run data:update`: fetches the daily control files the configured folder lacks (the whole
 * series if there is no folder yet), then `npm run data` rebuilds. CONTROL_ARCHIVE_URL overrides
 * the archive named in data/control-source.json, for a mirror.
 */
import { join } from 'node:path';
import { PipelineError } from '../pipeline-error.ts';
import { controlDataDir, paths } from '../paths.ts';
import { loadControlSource } from './control-source.ts';
import { updateControl } from './update-control.ts';

try {
  const source = await loadControlSource(paths.controlSourceFile);
  const archiveUrl = process.env.CONTROL_ARCHIVE_URL ?? source.daily.archiveUrl;
  if (!archiveUrl) {
    throw new PipelineError(
      paths.controlSourceFile,
      'daily.archiveUrl: needed to download the series',
    );
  }
  const result = await updateControl({
    folder: join(controlDataDir(), source.daily.folder),
    fileName: source.daily.fileName,
    firstDate: source.daily.firstDate,
    knownGaps: source.daily.knownGaps,
    archiveUrl,
    lastDate: new Date().toISOString().slice(0, 10),
    log: (line) => console.log(line),
  });
  console.log(`Downloaded ${result.downloaded.length} daily files.`);
  if (result.unavailable.length > 0) {
    console.log(`Not in the archive (yet): ${result.unavailable.join(', ')}`);
  }
} catch (error) {
  if (!(error instanceof PipelineError)) throw error;
  console.error(`Update failed: ${error.message}`);
  process.exit(1);
}
