import type { Topology } from 'topojson-specification';
import type { DataManifest } from '../model/data-manifest.ts';

/**
 * Fetches the data the pipeline published next to the app. Everything is requested from the page's
 * own origin, relative to the app, so the map works from any folder it is deployed to.
 */
export class DataClient {
  private readonly base: URL;

  constructor(base: string = new URL('data/', document.baseURI).href) {
    this.base = new URL(base);
  }

  async manifest(): Promise<DataManifest> {
    // Asked for by the page's head already (public/page-mode.js), for the page's own data folder:
    // taken once; anything else than a sound response is asked for again, here, to say what failed.
    const early = earlyManifest();
    const response = this.base.href === new URL('data/', document.baseURI).href && (await early);
    if (response && response.ok) return (await response.json()) as DataManifest;
    // The manifest's name is fixed, so it must not come from a stale cache; the files it names are
    // content-hashed and may.
    return this.json<DataManifest>('manifest.json', { cache: 'no-cache' });
  }

  async topology(file: string): Promise<Topology> {
    return this.json<Topology>(file);
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
    const url = new URL(file, this.base);
    const response = await fetch(url, init);
    if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
    return (await response.json()) as T;
  }
}

/** The manifest's response public/page-mode.js asked for, once; null if there is none. */
function earlyManifest(): Promise<Response | null> | null {
  const page = window as unknown as { territoryMapManifest?: unknown };
  const early = page.territoryMapManifest;
  delete page.territoryMapManifest;
  return early instanceof Promise ? (early as Promise<Response | null>) : null;
}
