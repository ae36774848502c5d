/** `npm run data`. A bad input stops the build with one line naming the file and the problem. */
import { buildData, defaultBuildOptions } from './build-data.ts';
import { PipelineError } from './pipeline-error.ts';

try {
  await buildData(defaultBuildOptions());
} catch (error) {
  if (error instanceof PipelineError) {
    console.error(`Data build failed: ${error.message}`);
    console.error('The previous output, if any, is unchanged.');
    process.exit(1);
  }
  throw error;
}
