/** Where Debian's package puts Chromium. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** What the machine offers, as `chooseChromium` needs to know it. */
export interface BrowserSearch {
  /** The CHROMIUM_PATH environment variable, as set (or undefined). */
  chromiumPath: string | undefined;
  /**
   * Where Playwright keeps its own Chromium once downloaded, if it names one for this platform.
   * Asked only when needed: loading Playwright takes seconds on a busy machine.
   */
  playwrightPath: () => string | undefined;
  /** Whether a file exists there and may be run. */
  isExecutable: (path: string) => boolean;
  /** Whether Debian's package can be installed here: running as root, with apt-get on the PATH. */
  canInstall: boolean;
}

export type BrowserChoice =
  | { use: string; from: 'CHROMIUM_PATH' | 'Debian' | 'Playwright' }
  | { install: 'chromium' }
  | { error: string };

/** The one line shown where no browser is found and none can be installed here. */
export const NO_CHROMIUM =
  'No Chromium for the end-to-end tests: install it (Debian: apt-get install chromium) or set ' +
  'CHROMIUM_PATH to a Chromium or Chrome executable.';

/**
 * Which Chromium the tests and the tooling launch. An explicit CHROMIUM_PATH wins and must exist: a
 * typo should not quietly test another browser. Then Debian's package, then Playwright's download
 * (the project does not download one itself); failing those, Debian's package is installed where
 * that is possible, and otherwise the reader is told what to install.
 */
export function chooseChromium(search: BrowserSearch): BrowserChoice {
  const { chromiumPath, playwrightPath, isExecutable, canInstall } = search;
  if (chromiumPath) {
    if (isExecutable(chromiumPath)) return { use: chromiumPath, from: 'CHROMIUM_PATH' };
    return {
      error: `CHROMIUM_PATH is ${chromiumPath}, which is not an executable file: point it at Chromium, or unset it to use ${DEBIAN_CHROMIUM}.`,
    };
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return { use: DEBIAN_CHROMIUM, from: 'Debian' };
  const downloaded = playwrightPath();
  if (downloaded && isExecutable(downloaded)) return { use: downloaded, from: 'Playwright' };
  if (canInstall) return { install: 'chromium' };
  return { error: NO_CHROMIUM };
}
