import { defineConfig } from 'vitest/config';
import { compileAllOnLoad } from './src/tooling/compile-hints.ts';
import { contentSecurityPolicyMeta } from './src/tooling/content-security-policy.ts';

export default defineConfig({
  // Relative asset URLs: the built app works from any folder a newsroom deploys it to.
  base: './',
  // The main script, the first view's, compiled whole as it streams in (compile-hints.ts).
  plugins: [contentSecurityPolicyMeta(), compileAllOnLoad('main')],
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser the map supports preloads modules itself: the polyfill would be run first,
    // on the first view's critical path, for nothing.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { main: 'index.html', embed: 'src/embed/embed-host.ts' },
      output: {
        // embed.js keeps a fixed name: it is the address newsrooms paste into their pages.
        entryFileNames: (chunk) =>
          chunk.name === 'embed' ? 'embed.js' : 'assets/[name]-[hash].js',
        // MapLibre in a chunk of its own: its name changes only with its version, so a reader's
        // cache keeps it across releases of the app, and the benchmark can tell its bytes apart.
        // Its JavaScript only: were its CSS in the group, the entry would import the whole chunk
        // for the stylesheet's sake, and the app could not start before MapLibre had been run.
        codeSplitting: {
          groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ }],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    // Threads sharing their modules across files: the tests keep no state between files, and a
    // fresh module graph per file (Vitest's default) tripled the unit step's time (26 s → 66 s).
    pool: 'threads',
    isolate: false,
  },
});
