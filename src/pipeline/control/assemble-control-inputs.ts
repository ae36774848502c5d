import { PipelineError } from '../pipeline-error.ts';
import type { ControlInputs, ControlReader } from './control-inputs.ts';
import { parseWith, type ControlSource } from './control-source.ts';

/**
 * Loads the reader module data/control-source.json names (src/pipeline/control/sources/<module>.ts),
 * checks its settings and assembles the source's inputs: the only place the pipeline meets a
 * particular source, so another one needs no edit here.
 */
export async function assembleControlInputs(
  source: ControlSource,
  where: { controlDir: string; sourceFile: string },
): Promise<ControlInputs> {
  const name = source.reader.module;
  const module = (await import(`./sources/${name}.ts`).catch(() => null)) as {
    reader?: Partial<ControlReader<unknown>>;
  } | null;
  const reader = module?.reader;
  if (!reader?.settings || typeof reader.assemble !== 'function') {
    throw new PipelineError(
      where.sourceFile,
      `reader.module: expected src/pipeline/control/sources/${name}.ts exporting \`reader\` ` +
        '(see defineControlReader)',
    );
  }
  const settings = parseWith(reader.settings, source.reader, where.sourceFile, 'reader');
  return reader.assemble(source, settings, where);
}
