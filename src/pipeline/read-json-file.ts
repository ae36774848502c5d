import { readFile } from 'node:fs/promises';
import { PipelineError } from './pipeline-error.ts';

/** Reads and parses a JSON file; every way it can fail becomes a PipelineError naming the file. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new PipelineError(file, `cannot be read (${code})`);
  }
  return parseJsonText(text, file);
}

export function parseJsonText(text: string, file: string): unknown {
  if (text.trim() === '') throw new PipelineError(file, 'is empty; expected JSON');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new PipelineError(file, `is not valid JSON (${(error as Error).message})`);
  }
}
