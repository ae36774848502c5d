import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset URLs: the built app works from any folder a newsroom deploys it to.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
