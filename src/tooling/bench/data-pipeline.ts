import { readFile } from 'node:fs/promises';
import { runCommand } from '../run-command.ts';

export interface DataPipelineTimes {
  fullBuildSeconds: number;
  unchangedRebuildSeconds: number;
}

/** The data pipeline's cold full build and its rebuild with nothing changed (bench-data.ts). */
export async function measureDataPipeline(): Promise<DataPipelineTimes> {
  console.log('Data pipeline: a cold full build and a rebuild with nothing changed…');
  runCommand('npx', ['tsx', 'src/pipeline/bench-data.ts']);
  return JSON.parse(await readFile('test-results/bench-data.json', 'utf8'));
}
