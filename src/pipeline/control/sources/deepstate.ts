import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { union } from '../../geometry/intersect.ts';
import type { MultiPolygon } from '../../geometry/types.ts';
import { PipelineError } from '../../pipeline-error.ts';
import { readTextFile } from '../../read-text-file.ts';
import { sha256 } from '../../sha256.ts';
import { defineControlReader, type SnapshotInput } from '../control-inputs.ts';
import { isoDate, type ControlSource } from '../control-source.ts';
import { snapshotDateOf } from '../dates.ts';
import { listDailyFiles } from '../list-daily-files.ts';
import { readHeldFile } from '../read-held-file.ts';
import { readLayeredPolygons } from '../read-layered-file.ts';

const settingsSchema = z.strictObject({
  module: z.literal('deepstate'),
  /** DeepStateMap's full published maps, named <unix seconds>.geojson: the grey zone comes from them. */
  layers: z.strictObject({ folder: z.string().min(1), contestedKey: z.string().min(1) }).optional(),
  /** The line of 23 February 2022, as the union of named features of layered files. */
  preInvasion: z
    .strictObject({
      date: isoDate,
      parts: z.array(z.strictObject({ file: z.string().min(1), key: z.string().min(1) })).min(1),
      /** Units (ISO codes) whose administrative border the line follows, such as Crimea's. */
      followsUnits: z.array(z.string().regex(/^UA-\d\d$/, 'expected an ISO code UA-NN')).optional(),
    })
    .optional(),
});
type Settings = z.infer<typeof settingsSchema>;

/**
 * DeepStateMap.live as archived: one file of the held area per day, plus (optionally) a folder of the
 * full published maps, each named by the unix second it was published, for the grey zone and the
 * pre-invasion line.
 */
export const reader = defineControlReader({
  settings: settingsSchema,
  async assemble(source, settings, { controlDir, sourceFile }) {
    const { files: dailyFiles, missing } = await listDailyFiles(
      join(controlDir, source.daily.folder),
      source.daily.fileName,
      source.daily.knownGaps,
    );
    const layersFolder = settings.layers && join(controlDir, settings.layers.folder);
    const contestedFileByDate = layersFolder
      ? await layeredFilesByDate(layersFolder, source, new Set(dailyFiles.map((f) => f.date)))
      : new Map<string, string>();
    const contestedKeys = settings.layers ? [settings.layers.contestedKey] : [];
    const series = await Promise.all(
      dailyFiles.map(async (daily): Promise<SnapshotInput> => {
        const text = await readTextFile(daily.path);
        const contestedFile = contestedFileByDate.get(daily.date);
        const contestedText = contestedFile ? await readTextFile(contestedFile) : '';
        // Parsed once: the measuring, the scenario areas and the place histories all read it.
        let held: MultiPolygon | undefined;
        return {
          date: daily.date,
          readHeld: () => (held ??= readHeldFile(text, daily.path)),
          readContested: () =>
            contestedFile ? readLayeredPolygons(contestedText, contestedFile, contestedKeys) : [],
          hasContested: contestedFile !== undefined,
          inputHash: sha256(text, contestedText),
        };
      }),
    );
    const preInvasion = settings.preInvasion
      ? await preInvasionInput(settings.preInvasion, layersFolder, sourceFile)
      : null;
    return { series, preInvasion, missing };
  },
});

/** Each layered file belongs to the first daily snapshot that shows its moment. */
async function layeredFilesByDate(
  folder: string,
  source: ControlSource,
  dailyDates: ReadonlySet<string>,
): Promise<Map<string, string>> {
  const names = await readdir(folder).catch(() => {
    throw new PipelineError(
      folder,
      'layered control folder not found; see data/control-source.json "reader.layers"',
    );
  });
  const byDate = new Map<string, string>();
  for (const name of names.filter((n) => n.endsWith('.geojson')).sort()) {
    const seconds = Number(name.replace(/\.geojson$/, ''));
    if (!Number.isInteger(seconds)) {
      throw new PipelineError(
        join(folder, name),
        'expected a name of the form <unix-seconds>.geojson',
      );
    }
    const date = snapshotDateOf(new Date(seconds * 1000), source.daily.snapshotTimeUtc);
    if (dailyDates.has(date)) byDate.set(date, join(folder, name));
  }
  return byDate;
}

async function preInvasionInput(
  preInvasion: NonNullable<Settings['preInvasion']>,
  layersFolder: string | undefined,
  sourceFile: string,
): Promise<SnapshotInput> {
  if (!layersFolder)
    throw new PipelineError(sourceFile, 'reader.preInvasion needs "reader.layers"');
  const parts = await Promise.all(
    preInvasion.parts.map(async (part) => {
      const file = join(layersFolder, part.file);
      return { file, key: part.key, text: await readTextFile(file) };
    }),
  );
  return {
    date: preInvasion.date,
    readHeld: () =>
      union(
        ...parts.map((p) => {
          const polygons = readLayeredPolygons(p.text, p.file, [p.key]);
          if (polygons.length === 0)
            throw new PipelineError(p.file, `no polygon with the key "${p.key}"`);
          return polygons;
        }),
      ),
    readContested: () => [],
    hasContested: false,
    ...(preInvasion.followsUnits ? { followsUnits: preInvasion.followsUnits } : {}),
    inputHash: sha256(
      ...parts.flatMap((p) => [p.key, p.text]),
      ...(preInvasion.followsUnits ?? []),
    ),
  };
}
