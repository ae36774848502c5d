import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 12);
}

/**
 * Writes a build's output into a staging folder beside the target and swaps it in only when every
 * file is written, so a failed or interrupted build leaves the previous good output untouched.
 */
export class StagedOutput {
  private readonly staging: string;

  constructor(private readonly target: string) {
    this.staging = join(dirname(target), `.${basename(target)}-staging-${process.pid}`);
  }

  async begin(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
    await mkdir(this.staging, { recursive: true });
  }

  /** Writes `name` as given; returns the name. */
  async write(name: string, content: string): Promise<string> {
    const file = join(this.staging, name);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
    return name;
  }

  /** Writes `<stem>.<content hash><extension>`, a name that changes whenever the content does. */
  async writeHashed(stem: string, extension: string, content: string): Promise<string> {
    return this.write(`${stem}.${contentHash(content)}${extension}`, content);
  }

  async commit(): Promise<void> {
    const previous = join(
      dirname(this.target),
      `.${basename(this.target)}-previous-${process.pid}`,
    );
    await rm(previous, { recursive: true, force: true });
    await rename(this.target, previous).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(this.staging, this.target);
    await rm(previous, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
  }
}
