import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import {
  chooseChromium,
  DEBIAN_CHROMIUM,
  NO_CHROMIUM,
  type BrowserSearch,
} from './choose-chromium.ts';

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** This machine, as `chooseChromium` asks about it. */
function thisMachine(mayInstall: boolean): BrowserSearch {
  const onPath = (command: string) =>
    (process.env.PATH ?? '')
      .split(delimiter)
      .some((dir) => dir && isExecutable(join(dir, command)));
  return {
    chromiumPath: process.env.CHROMIUM_PATH,
    playwrightPath: () => {
      // Synchronously, and only when asked: Playwright takes seconds to load on a busy machine.
      const { chromium } = createRequire(import.meta.url)('@playwright/test');
      try {
        return chromium.executablePath() as string;
      } catch {
        return undefined; // Playwright names no browser for this platform.
      }
    },
    isExecutable,
    canInstall: mayInstall && process.getuid?.() === 0 && onPath('apt-get'),
  };
}

/**
 * The Chromium every launch in this project uses (playwright.config.ts, the bench, the
 * screenshots); an Error saying what to install where there is none.
 */
export function findChromium(): string {
  const choice = chooseChromium(thisMachine(false));
  if ('use' in choice) return choice.use;
  throw new Error('error' in choice ? choice.error : NO_CHROMIUM);
}

/**
 * `npm test`'s first step: the Chromium to use, installing Debian's package first where none is
 * found and this machine allows it. Exported as CHROMIUM_PATH so every later step uses the same.
 */
export function ensureChromium(): string {
  const choice = chooseChromium(thisMachine(true));
  if ('install' in choice) {
    console.log(`No Chromium found: installing Debian's ${choice.install} (apt-get)…`);
    const apt = (...args: string[]) =>
      spawnSync('apt-get', args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      }).status === 0;
    if (!apt('update', '-qq') || !apt('install', '-y', '-qq', choice.install))
      throw new Error(`apt-get install ${choice.install} failed; install it by hand.`);
    if (!isExecutable(DEBIAN_CHROMIUM))
      throw new Error(`apt-get installed ${choice.install}, but ${DEBIAN_CHROMIUM} is not there.`);
  }
  const found = findChromium();
  process.env.CHROMIUM_PATH = found;
  return found;
}
