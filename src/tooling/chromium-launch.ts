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
 * What the e2e suite launches: WebGL in SwiftShader as above, the page's own content rasterised
 * on the CPU. In software GL, Chromium's GPU rasterisation of the page (text, the SVG map, the
 * panels) goes through SwiftShader too: it took 42% of the suite's CPU (160 of 379 s over two
 * specs, the GPU process) against 75 of 312 s rasterised on the CPU, which is how a phone's GPU
 * compares with SwiftShader anyway. It changes no pixel a test reads, only who draws it; the bench
 * keeps `softwareWebGlLaunchOptions`, so its figures stay comparable across sessions.
 */
export const e2eLaunchOptions = {
  ...softwareWebGlLaunchOptions,
  args: [...softwareWebGlLaunchOptions.args, '--disable-gpu-rasterization'],
};
