import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy the built app runs under. It travels inside index.html as a <meta>
 * tag, because newsrooms deploy the app to static hosts where they cannot always set headers; a
 * host that can should send the same text as a header.
 *
 * - Scripts, styles, data and the MapLibre worker come from the app's own origin only: no inline
 *   script, no eval, no third party. MapLibre sets styles through the CSSOM, which the policy allows.
 * - `img-src data:` for the control icons MapLibre's CSS draws as data: SVGs. Downloads (the PNG,
 *   GeoJSON and CSV) are blob: links, which no fetch directive governs.
 * - `frame-src 'self'` for the "Embed this view" preview, which frames the app itself.
 * - `frame-ancestors` cannot be set from a <meta> tag, and must not be: any page may embed the map.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Puts the policy first in the built page's <head>, before any script or stylesheet it governs.
 * Only for the build: the dev server injects styles inline and talks to Vite over a WebSocket.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}
