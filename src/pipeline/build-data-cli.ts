/** `npm run data`. A bad input stops the build with one line naming the file and the problem. */
import { buildData, defaultBuildOptions } from './build-data.ts';
import { InputProblems, PipelineError } from './pipeline-error.ts';

try {
  await buildData(defaultBuildOptions());
} catch (error) {
  if (error instanceof PipelineError || error instanceof InputProblems) {
    console.error(`Data build failed:\n${error.message}`);
    console.error('The previous output, if any, is unchanged.');
    process.exit(1);
  }
  throw error;
}
