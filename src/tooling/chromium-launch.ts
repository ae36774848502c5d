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
