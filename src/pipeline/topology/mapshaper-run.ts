import mapshaper from 'mapshaper';

/** Runs mapshaper commands on in-memory inputs and returns the named output's text. */
export async function mapshaperRun(
  commands: string,
  inputs: Record<string, unknown>,
  output: string,
): Promise<string> {
  const outputs = (await mapshaper.applyCommands(commands, inputs)) as Record<
    string,
    string | Buffer
  >;
  const text = outputs[output];
  if (text === undefined) throw new Error(`mapshaper produced no ${output} for: ${commands}`);
  return String(text);
}
