import { expect as baseExpect, test, type Frame, type Page } from '@playwright/test';
import type { DataManifest } from '../src/model/data-manifest.ts';
import { watchPage } from './page-watch.ts';
import { articleOrigin } from './ports.ts';

/**
 * The story demo (public/demo/story/) and the commands a host page sends, from a second origin
 * (e2e/article-server.ts), as a newsroom's pages would be.
 */
const STORY = `${articleOrigin}/story/`;
// The article and the map share a renderer's main thread (same site, other port): while the map
// draws in software WebGL, the article's own callbacks wait for it.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });
const ARTICLE = `${articleOrigin}/article/`;

interface MapState {
  scenario: string;
  date: string;
  since: string | null;
  region: string | null;
  place: string | null;
  lang: string;
}

/** Collects the state events embed.js passes on, from the first script on. */
async function recordStates(page: Page) {
  await page.addInitScript(() => {
    const states: unknown[] = [];
    Object.assign(window, { mapStates: states });
    document.addEventListener(
      'territory-map:state',
      (e) => states.push((e as CustomEvent).detail),
      true,
    );
  });
  return async () =>
    page.evaluate(() => (window as unknown as { mapStates: MapState[] }).mapStates);
}

async function readyFrame(page: Page, index = 0): Promise<Frame> {
  // The iframes are lazy: one below the fold (the article's, on a phone) loads when scrolled to.
  await page.locator('iframe').nth(index).scrollIntoViewIfNeeded();
  const frame = (await (await page.locator('iframe').nth(index).elementHandle())!.contentFrame())!;
  await expect(frame.locator('html')).toHaveAttribute('data-map-state', 'ready', {
    timeout: 30_000,
  });
  return frame;
}

/** Scrolls so that the step's top is a little above the middle line of the window, where steps are read. */
async function scrollToStep(page: Page, index: number) {
  await page
    .locator('[data-territory-map-step]')
    .nth(index)
    .evaluate((step) =>
      scrollTo(0, step.getBoundingClientRect().top + scrollY - innerHeight * 0.48),
    );
}

async function latestDate(page: Page, baseURL: string): Promise<string> {
  const manifest = (await (
    await page.request.get(`${baseURL}data/manifest.json`)
  ).json()) as DataManifest;
  return manifest.series.dates.at(-1)!;
}

test.describe('the story demo', () => {
  for (const lang of ['en', 'uk'] as const) {
    test(`scrolling moves the map through each step and back (${lang})`, async ({
      page,
      baseURL,
    }) => {
      const watch = watchPage(page, baseURL!, [STORY]);
      // Warnings on the article's own page (the map's are its own business).
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning' && message.location().url.startsWith(articleOrigin))
          warnings.push(message.text());
      });
      const states = await recordStates(page);
      await page.goto(lang === 'en' ? STORY : `${STORY}uk/`);
      const frame = await readyFrame(page);
      await expect(frame.locator('html')).toHaveAttribute('lang', lang);
      const latest = await latestDate(page, baseURL!);
      // What each step stands for, as the map must show it: the scenario's own date unless the
      // step names one, the latest for the timeline.
      const expected: Omit<MapState, 'lang'>[] = [
        {
          scenario: 'ukraine-nato-umbrella',
          date: '2024-12-18',
          since: null,
          region: null,
          place: null,
        },
        {
          scenario: 'us-draft-2025-04',
          date: '2025-04-30',
          since: null,
          region: null,
          place: null,
        },
        {
          scenario: 'istanbul-2025',
          date: '2025-05-16',
          since: null,
          region: 'istanbul-withdrawal',
          place: null,
        },
        { scenario: 'held-on-date', date: '2025-05-19', since: null, region: null, place: null },
        {
          scenario: 'anchorage-2025',
          date: '2025-08-12',
          since: null,
          region: 'donetsk-rest-2025-08-12',
          place: null,
        },
        // The line now, compared with the day of the Istanbul talks.
        { scenario: 'held-on-date', date: latest, since: '2025-05-16', region: null, place: null },
      ];
      const steps = page.locator('[data-territory-map-step]');
      await expect(steps).toHaveCount(expected.length);
      const live = page.locator('#story-map [aria-live="polite"]');

      const visit = async (index: number) => {
        await scrollToStep(page, index);
        await expect(steps.nth(index)).toHaveAttribute('data-territory-map-active', '');
        await expect
          .poll(async () => (await states()).at(-1))
          .toEqual({ ...expected[index], lang });
        await expect(frame.locator('html')).toHaveAttribute('data-map-state', 'ready');
        const scenario = frame.locator(
          `input[name="scenario"][value="${expected[index]!.scenario}"]`,
        );
        await expect(scenario).toBeChecked();
        // Announced politely on the article's page, in the story's language, as text.
        const title = await frame
          .locator('input[name="scenario"]:checked')
          .evaluate((input) => (input as HTMLInputElement).labels![0]!.textContent!.trim());
        await expect(live).toContainText(title);
        await expect(live.locator('*')).toHaveCount(0);
        // Only one step is the current one.
        await expect(page.locator('[data-territory-map-active]')).toHaveCount(1);
      };
      for (let index = 0; index < expected.length; index++) await visit(index);
      for (let index = expected.length - 2; index >= 0; index--) await visit(index);
      expect(warnings).toEqual([]);
      watch.check();
    });
  }

  test('a phone shows the map above the text, a desktop beside it', async ({ page, isMobile }) => {
    await page.goto(STORY);
    await scrollToStep(page, 2);
    const map = (await page.locator('#story-map iframe').boundingBox())!;
    const text = (await page.locator('[data-territory-map-step] .step-text').nth(2).boundingBox())!;
    if (isMobile) {
      expect(map.y).toBeLessThanOrEqual(1);
      expect(text.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    } else {
      expect(text.x + text.width).toBeLessThanOrEqual(map.x);
      // Held in the window while the text scrolls past.
      expect(map.y).toBeGreaterThanOrEqual(0);
      expect(map.y + map.height).toBeLessThanOrEqual(page.viewportSize()!.height + 1);
    }
  });

  test('without scripts the steps read as text and the map is a link', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(STORY);
    await expect(page.locator('iframe')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Open the interactive map' })).toHaveAttribute(
      'href',
      /\?scenario=ukraine-nato-umbrella/,
    );
    await expect(page.locator('[data-territory-map-step] h2')).toHaveCount(6);
    await context.close();
  });
});

test.describe('commands from the host page', () => {
  test(
    'territory-map:set from the parent changes the state and is answered',
    { tag: '@any-screen' },
    async ({ page, baseURL }) => {
      const watch = watchPage(page, baseURL!, [ARTICLE]);
      const states = await recordStates(page);
      await page.goto(ARTICLE);
      const frame = await readyFrame(page);
      await page.evaluate(() =>
        document
          .querySelector('iframe')!
          .contentWindow!.postMessage(
            { type: 'territory-map:set', scenario: 'anchorage-2025', region: 'UA-09' },
            '*',
          ),
      );
      await expect
        .poll(async () => (await states()).at(-1))
        .toEqual({
          scenario: 'anchorage-2025',
          date: '2025-08-12',
          since: null,
          region: 'UA-09',
          place: null,
          lang: 'en',
        });
      await expect(
        frame.getByRole('radio', { name: 'Before Anchorage, August 2025: the rest of Donbas' }),
      ).toBeChecked();
      await expect(frame.locator('html')).toHaveAttribute('data-map-state', 'ready');

      // An unknown value: ignored with the URL's notice, and still answered.
      const answered = (await states()).length;
      await page.evaluate(() =>
        document
          .querySelector('iframe')!
          .contentWindow!.postMessage({ type: 'territory-map:set', scenario: 'peace-2030' }, '*'),
      );
      await expect.poll(async () => (await states()).length).toBeGreaterThan(answered);
      expect((await states()).at(-1)!.scenario).toBe('anchorage-2025');
      await expect(frame.locator('#url-notice')).toContainText('peace-2030');
      watch.check();
    },
  );

  test(
    'the same message from another frame or window changes nothing',
    { tag: '@any-screen' },
    async ({ page, baseURL }) => {
      const watch = watchPage(page, baseURL!, [ARTICLE]);
      const states = await recordStates(page);
      await page.goto(ARTICLE);
      const frame = await readyFrame(page);
      await expect.poll(async () => (await states()).length).toBeGreaterThan(0);
      const before = (await states()).length;
      const command = {
        type: 'territory-map:set',
        scenario: 'russia-claim',
        region: 'UA-09',
      };

      // A frame of the article's origin beside the map, and a window the article opened.
      await page.evaluate((command) => {
        const stranger = document.createElement('iframe');
        stranger.srcdoc = `<script>parent.frames[0].postMessage(${JSON.stringify(command)}, '*')</script>`;
        document.body.append(stranger);
      }, command);
      const [popup] = await Promise.all([
        page.waitForEvent('popup'),
        page.evaluate(() => {
          open('about:blank');
        }),
      ]);
      await popup.evaluate(
        (command) => (opener as Window).frames[0]!.postMessage(command, '*'),
        command,
      );
      // The map's own window, posting to itself.
      await frame.evaluate((command) => postMessage(command, '*'), command);
      await page.waitForTimeout(1_000);

      expect((await states()).length).toBe(before);
      await expect(
        frame.getByRole('radio', { name: 'Istanbul, 16 May 2025: Russia’s demands' }),
      ).toBeChecked();
      await expect(frame.locator('#details h2')).toHaveText('Donetsk');
      watch.check();
    },
  );
});
