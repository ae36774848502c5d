import { describe, expect, it } from 'vitest';
import {
  chooseChromium,
  DEBIAN_CHROMIUM,
  NO_CHROMIUM,
  type BrowserSearch,
} from './choose-chromium.ts';

const PLAYWRIGHT = '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine with these executables, not root unless said. */
const machine = (executables: string[], more: Partial<BrowserSearch> = {}): BrowserSearch => ({
  chromiumPath: undefined,
  playwrightPath: () => PLAYWRIGHT,
  isExecutable: (path) => executables.includes(path),
  canInstall: false,
  ...more,
});

describe('chooseChromium', () => {
  it('uses CHROMIUM_PATH when it names an executable, before any other browser', () => {
    const search = machine(['/opt/chrome', DEBIAN_CHROMIUM, PLAYWRIGHT], {
      chromiumPath: '/opt/chrome',
    });
    expect(chooseChromium(search)).toEqual({ use: '/opt/chrome', from: 'CHROMIUM_PATH' });
  });

  it('refuses a CHROMIUM_PATH that does not exist, naming the variable and the path, even where another browser would do', () => {
    const choice = chooseChromium(
      machine([DEBIAN_CHROMIUM], { chromiumPath: '/nowhere', canInstall: true }),
    );
    expect(choice).toEqual({ error: expect.stringContaining('CHROMIUM_PATH is /nowhere') });
  });

  it('takes an empty CHROMIUM_PATH as unset', () => {
    expect(chooseChromium(machine([DEBIAN_CHROMIUM], { chromiumPath: '' }))).toEqual({
      use: DEBIAN_CHROMIUM,
      from: 'Debian',
    });
  });

  it("prefers Debian's Chromium to Playwright's download", () => {
    expect(chooseChromium(machine([DEBIAN_CHROMIUM, PLAYWRIGHT]))).toEqual({
      use: DEBIAN_CHROMIUM,
      from: 'Debian',
    });
  });

  it('does not load Playwright to ask for its path when an earlier browser is found', () => {
    const asked: string[] = [];
    const search = machine([DEBIAN_CHROMIUM], {
      playwrightPath: () => {
        asked.push('playwright');
        return PLAYWRIGHT;
      },
    });
    chooseChromium(search);
    chooseChromium({ ...search, chromiumPath: '/nowhere' });
    expect(asked).toEqual([]);
  });

  it("falls back to Playwright's own browser when it is downloaded", () => {
    expect(chooseChromium(machine([PLAYWRIGHT]))).toEqual({ use: PLAYWRIGHT, from: 'Playwright' });
  });

  it('copes with a platform Playwright names no browser for', () => {
    expect(chooseChromium(machine([], { playwrightPath: () => undefined }))).toEqual({
      error: NO_CHROMIUM,
    });
  });

  it("installs Debian's package when nothing is found and it can (root, apt-get)", () => {
    expect(chooseChromium(machine([], { canInstall: true }))).toEqual({ install: 'chromium' });
  });

  it('otherwise says in one line what to install (Playwright’s path names no file yet)', () => {
    const choice = chooseChromium(machine([]));
    expect(choice).toEqual({ error: NO_CHROMIUM });
    expect(NO_CHROMIUM).not.toContain('\n');
    expect(NO_CHROMIUM).toMatch(/apt-get install chromium.*CHROMIUM_PATH/);
  });
});
