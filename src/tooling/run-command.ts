import { spawnSync } from 'node:child_process';

/** Runs a command in the foreground, its output shown; throws naming it if it fails. */
export function runCommand(command: string, args: string[]): void {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}
