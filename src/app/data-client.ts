import type { DataManifest } from '../model/data-manifest.ts';
import { checkPackedTopology, type PackedTopology } from '../model/packed-topology.ts';

/**
 * Fetches the data the pipeline published next to the app. Everything is requested from the page's
 * own origin, relative to the app, so the map works from any folder it is deployed to.
 */
export class DataClient {
  private readonly base: URL;
  /** What the page's head asked for already, for the page's own data folder only. */
  private readonly early: Promise<EarlyRequests | null> | null;
  /** The early responses already taken. */
  private readonly taken = new Set<string>();

  constructor(base: string = new URL('data/', document.baseURI).href) {
    this.base = new URL(base);
    this.early = this.base.href === new URL('data/', document.baseURI).href ? takeEarly() : null;
  }

  async manifest(): Promise<DataManifest> {
    const early = await this.early;
    // Read once, in the head: its body is spent there.
    if (early?.index) return early.index as DataManifest;
    // The manifest's name is fixed, so it must not come from a stale cache; the files it names are
    // content-hashed and may.
    return this.json<DataManifest>('manifest.json', { cache: 'no-cache' });
  }

  async topology(file: string): Promise<PackedTopology> {
    return checkPackedTopology(await this.json(file), new URL(file, this.base).pathname);
  }

  /** The address of a published file, for a link readers follow. */
  href(file: string): string {
    return new URL(file, this.base).href;
  }

  /** A published file as it is, for readers to download. */
  async blob(file: string): Promise<Blob> {
    const url = new URL(file, this.base);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
    return response.blob();
  }

  async json<T>(file: string, init?: RequestInit): Promise<T> {
    const asked = await this.askedEarly(file);
    if (asked !== null && asked !== undefined) return asked as T;
    // Asked for again here, so that a failure is named by this request.
    const url = new URL(file, this.base);
    const response = await fetch(url, init);
    if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
    return (await response.json()) as T;
  }

  /** A first-view file as the head read it, taken once: the app's own copy to keep. */
  private async askedEarly(file: string): Promise<unknown> {
    if (!this.early) return null;
    const files = (await this.early)?.files;
    if (!files || !Object.hasOwn(files, file) || this.taken.has(file)) return null;
    this.taken.add(file);
    return files[file]!;
  }
}

/**
 * public/page-mode.js's requests: the manifest and each file by name, as read there; null where one
 * could not be read (the app asks again, so that the error names the file).
 */
interface EarlyRequests {
  index: unknown;
  files: Record<string, Promise<unknown>>;
}

/** The requests public/page-mode.js made, once; null if there are none. */
function takeEarly(): Promise<EarlyRequests | null> | null {
  const page = window as unknown as { territoryMapEarly?: unknown };
  const early = page.territoryMapEarly;
  delete page.territoryMapEarly;
  return early instanceof Promise ? (early as Promise<EarlyRequests | null>) : null;
}
