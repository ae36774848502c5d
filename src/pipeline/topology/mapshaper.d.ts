// mapshaper ships no types; this is the one function the pipeline calls.
declare module 'mapshaper' {
  const mapshaper: {
    applyCommands(
      commands: string,
      inputs: Record<string, unknown>,
    ): Promise<Record<string, string | Buffer>>;
  };
  export default mapshaper;
}
