import { readFile } from 'node:fs/promises';
import { PipelineError } from './pipeline-error.ts';

/** Reads a text file; a file that cannot be read becomes a PipelineError naming it. */
export async function readTextFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new PipelineError(file, `cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
}
