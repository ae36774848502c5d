import { defineConfig, devices } from '@playwright/test';
import { e2eLaunchOptions } from './src/tooling/chromium-launch.ts';
import { appPort as port, articlePort } from './e2e/ports.ts';

/**
 * End-to-end tests run against the production build (`vite preview` serves dist/) in the Chromium
 * src/tooling/find-chromium.ts finds, with WebGL in software and the page rasterised on the CPU
 * (chromium-launch.ts, `e2eLaunchOptions`).
 */
export default defineConfig({
  testDir: 'e2e',
  // Playwright empties its output folder on every run: keep it apart from the other reports.
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: true,
  // A view drawn in software GL, now with place labels, takes 2–10 s; tests that walk through
  // several views need more than Playwright's default 30 s on a busy CI machine.
  timeout: 60_000,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: e2eLaunchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], channel: undefined },
      // What a phone changes is layout and touch. These specs, and the tests tagged @any-screen
      // elsewhere, test the data, the URL, the parser, the policy, exports, the keyboard and
      // MapLibre's takeover, the same on any screen: the desktop runs them once (they were half
      // the phone's time in a suite that must stay short).
      grepInvert: /@any-screen/,
      testIgnore: [
        'citations.spec.ts',
        'compare.spec.ts',
        'hardening.spec.ts',
        'light-first.spec.ts',
        'share-export.spec.ts',
        'url-state.spec.ts',
      ],
    },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The demo article on a second origin, embedding the app from the first (e2e/embed.spec.ts).
      command: `npx tsx e2e/article-server.ts ${articlePort} http://127.0.0.1:${port}`,
      url: `http://127.0.0.1:${articlePort}/article/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
