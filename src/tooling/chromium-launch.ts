import { findChromium } from './find-chromium.ts';

/**
 * How every browser in this project is launched: the Chromium `findChromium` names (npm test
 * exports its choice as CHROMIUM_PATH), without the background services that try to reach the
 * network.
 */
export const chromiumLaunchOptions = {
  executablePath: findChromium(),
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** The same, with WebGL drawn in software (SwiftShader), as the e2e tests and the bench draw it. */
export const softwareWebGlLaunchOptions = {
  ...chromiumLaunchOptions,
  args: [...chromiumLaunchOptions.args, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
};

/**
 * What the e2e suite launches: WebGL in SwiftShader as above, and the page itself (its text, panels
 * and SVG map) rasterised on the CPU rather than through SwiftShader as well. Over two specs the GPU
 * process, rasterising the page in SwiftShader, took 160 of 379 s of CPU; with this, 75 of 312 s,
 * and the whole suite ran in 666 s instead of 840 (BENCHMARKS.md). The tests read the page and a few
 * of its colours, which either rasteriser draws alike. The bench keeps `softwareWebGlLaunchOptions`,
 * so that its figures stay comparable from session to session.
 */
export const e2eLaunchOptions = {
  ...softwareWebGlLaunchOptions,
  args: [...softwareWebGlLaunchOptions.args, '--disable-gpu-rasterization'],
};
