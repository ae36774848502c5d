/**
 * A problem with one build input. The message always starts with the file so that whoever reads
 * the build log knows where to look, then says what was expected.
 */
export class PipelineError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'PipelineError';
  }
}

/** Several input problems found in one pass, one line each, so they can all be fixed at once. */
export class InputProblems extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'InputProblems';
  }
}
