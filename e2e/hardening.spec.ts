import { expect, test, type Page } from '@playwright/test';
import { holdMapLibre, ready, watchPage } from './page-watch.ts';
import { drawnLabel } from './map-labels.ts';
import { articleOrigin } from './ports.ts';

/**
 * The map runs on other people's pages and takes its state from URLs anyone can write: it must run
 * under a strict policy, inside sandboxed frames, and survive any URL without running what it holds.
 */

/** Records every Content-Security-Policy violation the page reports, before any script runs. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test.describe('the Content-Security-Policy', () => {
  test('the app runs under it in every scenario, with nothing refused', async ({
    page,
    baseURL,
  }) => {
    // Seven scenarios, the table, the embed preview and a PNG: in software GL on a phone this
    // takes longer than one view's 30 s.
    test.slow();
    const watch = watchPage(page, baseURL!);
    const violations = await recordViolations(page);
    await page.goto('./?scenario=istanbul-2025&region=UA-14');
    await ready(page);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe');

    for (const radio of await page.getByRole('radio').all()) {
      await radio.check();
      await ready(page);
    }
    // The same page, with every panel and dialog that loads something of its own.
    await page.locator('#figures summary').click();
    await page.getByRole('button', { name: 'Embed this view' }).click();
    await expect(page.locator('iframe.embed-preview')).toBeVisible();
    await page.keyboard.press('Escape');
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Picture (PNG)', exact: true }).click(),
    ]);

    expect(await violations()).toEqual([]);
    watch.check();
  });

  test('it is enforced: inline script and string eval are refused on the app’s page', async ({
    page,
  }) => {
    const violations = await recordViolations(page);
    await page.goto('./');
    await ready(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      // A string timer is eval by another name: the policy must refuse it too.
      (setTimeout as (code: string, ms: number) => number)('window.timerRan = true', 0);
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => ['inlineRan' in window, 'timerRan' in window])).toEqual([
      false,
      false,
    ]);
    const refused = await violations();
    expect(refused).toContainEqual(expect.stringMatching(/^script-src-elem inline/));
    expect(refused).toContainEqual(expect.stringMatching(/^script-src eval/));
  });
});

test.describe('a sandboxed iframe', () => {
  test('the map works inside sandbox="allow-scripts allow-same-origin allow-popups"', async ({
    page,
    baseURL,
  }) => {
    // Served by e2e/article-server.ts, on another origin than the app.
    const host = `${articleOrigin}/sandboxed/`;
    const watch = watchPage(page, baseURL!, [host]);
    await page.goto(host);
    const frame = page.frameLocator('iframe');
    // MapLibre, taken over from the SVG map of the first view: its click is what is tested.
    await expect(frame.locator('html')).toHaveAttribute('data-map-renderer', 'maplibre', {
      timeout: 30_000,
    });
    await expect(frame.locator('html')).toHaveAttribute('data-map-state', 'ready');
    // A click on the map, as a reader's: the same path a tap takes into the details panel.
    const label = await drawnLabel(frame, 'UA-14');
    await page.mouse.click(label.x, label.y + 12);
    await expect(frame.locator('html')).toHaveAttribute('data-map-state', 'ready');
    await expect(frame.locator('#details h2')).toHaveText('Donetsk');
    await expect(frame.locator('#credits')).toContainText('DeepStateMap.live');
    watch.check();
  });
});

/** A small seeded generator, so a failing URL can be found again from the test's output. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Payloads that would show, if they ran, as an element or a global named "pwned". */
const hostile = [
  '<img src=x onerror="window.pwned=1">',
  '"><script>window.pwned=1</script>',
  "'><svg onload=window.pwned=1>",
  'javascript:window.pwned=1',
  '<iframe srcdoc="<script>parent.pwned=1</script>">',
  '</title><b id=pwned>',
  '{{constructor.constructor("window.pwned=1")()}}',
  '${window.pwned=1}',
  '%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E',
  '\u202e\u0000\ufeff',
  '../../../../etc/passwd',
  '__proto__',
  'constructor',
];

const PARAMS = ['scenario', 'date', 'region', 'lang', 'theme', 'embed'] as const;

function fuzzValue(next: () => number, param: (typeof PARAMS)[number], maxLength: number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const kind = Math.floor(next() * 6);
  if (kind === 0) return pick(hostile);
  if (kind === 1) return 'x'.repeat(1 + Math.floor(next() * maxLength));
  if (kind === 2)
    return pick([
      '2025-02-30',
      '2025-13-01',
      '0000-00-00',
      '9999-12-31',
      '1900-01-01',
      '2025-5-16',
      '16.05.2025',
      '2025-05-16T00:00:00Z',
      ' 2025-05-16',
      '',
    ]);
  if (kind === 3)
    return pick([
      'UA-99',
      'ua-14',
      'RU-CR',
      'istanbul',
      'ISTANBUL-2025',
      'en-GB',
      'UK',
      '2',
      'true',
    ]);
  if (kind === 4) return String.fromCharCode(...Array.from({ length: 12 }, () => next() * 0xffff));
  // A valid value, so hostile ones mix with sound ones.
  return {
    scenario: 'istanbul-2025',
    date: '2025-08-12',
    region: 'UA-14',
    lang: 'uk',
    theme: 'dark',
    embed: '1',
  }[param];
}

/**
 * One generated query: some parameters, some of them repeated, values of every kind. `maxLength`
 * bounds the longest value: a server refuses a request line of more than a few kilobytes before
 * the app ever sees it, while an address already in the history can be of any length.
 */
function fuzzQuery(next: () => number, maxLength: number): string {
  const params = new URLSearchParams();
  for (const param of PARAMS) {
    const times = Math.floor(next() * 3.3);
    for (let i = 0; i < times; i++) params.append(param, fuzzValue(next, param, maxLength));
  }
  return params.toString();
}

/** What must hold after any URL: nothing ran, and the panels show a state the map knows. */
function safetyReport() {
  return {
    pwned: 'pwned' in window || document.getElementById('pwned') !== null,
    injected: document.querySelectorAll(
      'img[src="x"], script:not([src]), iframe[srcdoc], [onerror], [onload], b#pwned',
    ).length,
    checked: document.querySelectorAll('input[name="scenario"]:checked').length,
    lang: document.documentElement.lang,
    heading: document.querySelector('#details h2')?.textContent ?? '',
    notice: document.getElementById('url-notice')?.hidden === false,
  };
}

function expectSafe(report: ReturnType<typeof safetyReport>, query: string) {
  expect(report.pwned, query).toBe(false);
  expect(report.injected, query).toBe(0);
  expect(report.checked, query).toBe(1);
  expect(['en', 'uk'], query).toContain(report.lang);
  expect(report.heading, query).not.toBe('');
}

test.describe('hostile and malformed URLs', () => {
  // The parser is the subject, not the map: the first view's SVG map stays (the policy's and the
  // sandbox's tests above run MapLibre).
  test.beforeEach(({ page }) => holdMapLibre(page));

  test('12 generated links, each opened afresh, run nothing and fall back with a notice', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const watch = watchPage(page, baseURL!);
    const next = random(20251122);
    for (let i = 0; i < 12; i++) {
      const query = fuzzQuery(next, 1_000);
      await page.goto(`./?${query}`);
      await ready(page);
      const report = await page.evaluate(safetyReport);
      expectSafe(report, query);
      // The address bar now holds only values the map knows.
      for (const [param, value] of new URLSearchParams(new URL(page.url()).search))
        expect(value.length, `${param} after ${query}`).toBeLessThan(40);
      if (/[<>]/.test(query)) expect(report.notice, query).toBe(true);
    }
    watch.check();
  });

  test('300 crafted history entries, up to 20,000 characters a value, change the view safely', async ({
    page,
    baseURL,
  }) => {
    // About 33 s alone on this machine; up to 90 s beside another worker's software GL.
    test.setTimeout(240_000);
    const watch = watchPage(page, baseURL!);
    const next = random(1);
    const queries = Array.from({ length: 300 }, () => fuzzQuery(next, 20_000));
    // The same report, run inside the page between entries (an init script: the policy forbids eval).
    await page.addInitScript({ content: `window.safetyReport = ${safetyReport}` });
    await page.goto('./');
    await ready(page);
    // Back and forward to entries someone crafted, faster than the map can draw them: the same
    // parser without a reload. The panels follow each entry at once; the map, the newest.
    const reports = await page.evaluate(async (queries) => {
      const report = (window as unknown as { safetyReport: typeof safetyReport }).safetyReport;
      const seen = [];
      for (const query of queries) {
        history.pushState(null, '', `?${query}`);
        dispatchEvent(new PopStateEvent('popstate'));
        seen.push(report());
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return seen;
    }, queries);
    queries.forEach((query, i) => expectSafe(reports[i]!, query));
    await ready(page);
    watch.check();
  });
});

/** A value of any type a structured clone carries, hostile or huge or sound. */
function fuzzField(next: () => number, param: (typeof PARAMS)[number]): unknown {
  const kind = Math.floor(next() * 8);
  if (kind === 0) return 'y'.repeat(50_000 + Math.floor(next() * 50_000));
  if (kind === 1)
    return [null, 0, -1, Number.NaN, Infinity, true, 2025, 1e308][Math.floor(next() * 8)];
  if (kind === 2) return [fuzzValue(next, param, 100), { html: hostile[0] }];
  if (kind === 3) return { toString: hostile[1], valueOf: 7, __proto__: { scenario: 'x' } };
  return fuzzValue(next, param, 1_000);
}

/**
 * One generated `territory-map:set`: settable fields, fields the map does not take from a host
 * (lang, theme, embed) and ones it does not know, each present or not, of every type.
 */
function fuzzCommand(next: () => number): Record<string, unknown> {
  const command: Record<string, unknown> = { type: 'territory-map:set' };
  for (const param of PARAMS) if (next() < 0.7) command[param] = fuzzField(next, param);
  for (const extra of ['since', 'place', 'constructor', 'html'])
    if (next() < 0.3) command[extra] = fuzzValue(next, 'region', 1_000);
  return command;
}

test.describe('hostile and malformed commands from the host page', () => {
  // The command parser is the subject, not the map: the embeds keep their SVG maps.
  test.beforeEach(({ page }) => holdMapLibre(page));

  test('60 generated territory-map:set messages, then a flood of 10,000, run nothing', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const host = `${articleOrigin}/article/`;
    const watch = watchPage(page, baseURL!, [host]);
    await page.goto(host);
    const iframe = page.locator('iframe').first();
    await iframe.scrollIntoViewIfNeeded();
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await expect(frame.locator('html')).toHaveAttribute('data-map-state', 'ready', {
      timeout: 30_000,
    });
    const next = random(19);
    const commands = Array.from({ length: 60 }, () => fuzzCommand(next));
    await page.evaluate(
      async ({ commands, hostile }) => {
        const map = document.querySelector('iframe')!.contentWindow!;
        // One at a time, each given a task to be applied in; then a flood, small messages of
        // every field, faster than any map could draw them.
        for (const command of commands) {
          map.postMessage(command, '*');
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        for (let i = 0; i < 10_000; i++)
          map.postMessage(
            { type: 'territory-map:set', scenario: hostile[i % hostile.length], date: i },
            '*',
          );
      },
      { commands, hostile },
    );

    // Still responsive: a sound command after the flood is applied at once.
    await page.evaluate(() =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage(
          { type: 'territory-map:set', scenario: 'anchorage-2025', date: null, region: null },
          '*',
        ),
    );
    await expect(
      frame.getByRole('radio', { name: 'Before Anchorage, August 2025: the rest of Donbas' }),
    ).toBeChecked({ timeout: 30_000 });
    await expect(frame.locator('html')).toHaveAttribute('data-map-state', 'ready', {
      timeout: 30_000,
    });
    expectSafe(await frame.evaluate(safetyReport), 'after the commands');
    expect(await frame.locator('#url-notice *').count()).toBe(0);
    // Nothing reached the article either.
    expect(
      await page.evaluate(
        () =>
          'pwned' in window ||
          document.querySelectorAll('img[src="x"], script:not([src]), [onerror], b').length > 0,
      ),
    ).toBe(false);
    watch.check();
  });
});
