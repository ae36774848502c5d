import { z } from 'zod';
import { PipelineError } from '../pipeline-error.ts';
import { readJsonFile } from '../read-json-file.ts';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

/**
 * data/control-source.json: where the land-control series comes from, how it is credited, and which
 * module under src/pipeline/control/sources/ reads it (`reader.module`). The reader's own settings sit
 * beside that name and are checked by the module's schema. Swapping in another source (ISW, a
 * newsroom's own) means a new reader module and an edit of this one file; see README "Using another
 * control source".
 */
export const controlSourceSchema = z.strictObject({
  name: z.string().min(1),
  /** The source's home page: where readers of the published data find it and its terms. */
  url: z.url(),
  /** The credit the licence asks for, as the page shows it in each language. */
  credit: z.strictObject({ en: z.string().min(1), uk: z.string().min(1) }),
  licence: z.string().min(1),
  daily: z.strictObject({
    folder: z.string().min(1),
    fileName: z
      .string()
      .includes('{YYYYMMDD}', { message: 'expected a pattern containing {YYYYMMDD}' }),
    firstDate: isoDate,
    snapshotTimeUtc: z.string().regex(/^\d{2}:\d{2}$/, 'expected HH:MM'),
    archiveUrl: z.url().optional(),
    knownGaps: z.array(isoDate),
  }),
  reader: z.looseObject({
    module: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'expected the name of a file in src/pipeline/control/sources/'),
  }),
});

export type ControlSource = z.infer<typeof controlSourceSchema>;

export async function loadControlSource(file: string): Promise<ControlSource> {
  return parseControlSource(await readJsonFile(file), file);
}

export function parseControlSource(json: unknown, file: string): ControlSource {
  return parseWith(controlSourceSchema, json, file);
}

/** Parses with a schema; every problem becomes one PipelineError naming the file and each field. */
export function parseWith<T>(schema: z.ZodType<T>, json: unknown, file: string, prefix = ''): T {
  const result = schema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) =>
        `${[prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)'}: ${issue.message}`,
    );
    throw new PipelineError(file, problems.join('; '));
  }
  return result.data;
}
