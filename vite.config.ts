import { defineConfig } from 'vitest/config';
import { contentSecurityPolicyMeta } from './src/tooling/content-security-policy.ts';

export default defineConfig({
  // Relative asset URLs: the built app works from any folder a newsroom deploys it to.
  base: './',
  plugins: [contentSecurityPolicyMeta()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: { main: 'index.html', embed: 'src/embed/embed-host.ts' },
      output: {
        // embed.js keeps a fixed name: it is the address newsrooms paste into their pages.
        entryFileNames: (chunk) =>
          chunk.name === 'embed' ? 'embed.js' : 'assets/[name]-[hash].js',
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
