import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { InputProblems, type PipelineError } from '../pipeline-error.ts';
import { parseJsonText } from '../read-json-file.ts';
import {
  areasFileSchema,
  partiesFileSchema,
  quotesFileSchema,
  scenariosFileSchema,
  sourcesFileSchema,
  type Editorial,
} from './editorial-schema.ts';
import { formatZodPath } from './format-zod-path.ts';

export const EDITORIAL_FILES = {
  parties: 'parties.json',
  sources: 'sources.json',
  quotes: 'quotes.json',
  areas: 'areas.json',
  scenarios: 'scenarios.json',
} as const;

/**
 * Reads the five editorial files and checks each against its schema, reporting every problem as
 * "data/<file>: <path>: <what was expected>".
 */
export async function loadEditorial(dataDir: string, root: string): Promise<Editorial> {
  const problems: string[] = [];
  const load = async <S extends z.ZodType>(name: string, schema: S): Promise<z.infer<S> | null> => {
    const file = join(dataDir, name);
    const label = relative(root, file);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      problems.push(`${label}: cannot be read (${(error as NodeJS.ErrnoException).code})`);
      return null;
    }
    let json: unknown;
    try {
      json = parseJsonText(text, label);
    } catch (error) {
      problems.push((error as PipelineError).message);
      return null;
    }
    const result = schema.safeParse(json);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      problems.push(`${label}: ${formatZodPath(issue.path) || '(top level)'}: ${issue.message}`);
    }
    return null;
  };
  const [parties, sources, quotes, areas, scenarios] = await Promise.all([
    load(EDITORIAL_FILES.parties, partiesFileSchema),
    load(EDITORIAL_FILES.sources, sourcesFileSchema),
    load(EDITORIAL_FILES.quotes, quotesFileSchema),
    load(EDITORIAL_FILES.areas, areasFileSchema),
    load(EDITORIAL_FILES.scenarios, scenariosFileSchema),
  ]);
  if (problems.length > 0 || !parties || !sources || !quotes || !areas || !scenarios) {
    throw new InputProblems(problems);
  }
  return {
    parties: parties.parties,
    sources: sources.sources,
    speakers: quotes.speakers,
    claims: quotes.claims,
    quotes: quotes.quotes,
    areas: areas.areas,
    scenarios: scenarios.scenarios,
  };
}
