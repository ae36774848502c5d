import { z } from 'zod';
import { PipelineError } from '../pipeline-error.ts';
import { readJsonFile } from '../read-json-file.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

/**
 * data/control-source.json: where the land-control series comes from and how to read it. Swapping in
 * another source (ISW, a newsroom's own) means pointing CONTROL_DATA_DIR at its files and editing
 * this one file; see README "Using another control source".
 */
export const controlSourceSchema = z.strictObject({
  name: z.string().min(1),
  credit: z.string().min(1),
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
  layers: z.strictObject({ folder: z.string().min(1), contestedKey: z.string().min(1) }).optional(),
  preInvasion: z
    .strictObject({
      date: isoDate,
      parts: z.array(z.strictObject({ file: z.string().min(1), key: z.string().min(1) })).min(1),
    })
    .optional(),
});

export type ControlSource = z.infer<typeof controlSourceSchema>;

export async function loadControlSource(file: string): Promise<ControlSource> {
  return parseControlSource(await readJsonFile(file), file);
}

export function parseControlSource(json: unknown, file: string): ControlSource {
  const result = controlSourceSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
    );
    throw new PipelineError(file, problems.join('; '));
  }
  return result.data;
}
