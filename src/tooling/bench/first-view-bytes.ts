/** A response of the first view and its size gzipped at level 9, as a CDN would send it. */
export interface Transfer {
  url: string;
  gzip: number;
}

/** Which kind a file is, by the names the build gives; the first match wins. */
const KINDS = [
  ['data', /\/data\//],
  ['maplibreWorker', /maplibre-gl-worker/],
  ['maplibreJs', /maplibre-gl-[\w-]+\.js$/],
  ['appJs', /\.js$/],
  ['css', /\.css$/],
  ['html', /(\/|\.html)$/],
] as const;

export type FirstViewBytes = ReturnType<typeof firstViewBytes>;

/** The first view's gzipped bytes by kind. */
export function firstViewBytes(transfers: Transfer[]) {
  const kinds = { html: 0, appJs: 0, maplibreJs: 0, maplibreWorker: 0, css: 0, data: 0, other: 0 };
  for (const { url, gzip } of transfers) {
    const path = new URL(url).pathname;
    kinds[KINDS.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other'] += gzip;
  }
  return { ...kinds, total: Object.values(kinds).reduce((a, b) => a + b, 0) };
}
