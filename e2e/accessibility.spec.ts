import { expect, test, type Page } from '@playwright/test';
import { axeViolations as violations } from './axe.ts';
import { drawnLabel } from './map-labels.ts';
import { holdMapLibre, interactive, ready } from './page-watch.ts';

/**
 * Issue 18: no axe violation at all (the latest axe-core, the rule sets of e2e/axe.ts) in the app
 * and in the embed, for every scenario, in both languages and both themes, with the panels open.
 * One page per test, the state switched from the page itself (radios, the language and theme
 * buttons), so that the data loads once: the whole matrix in a few minutes of software GL.
 */
type Lang = 'en' | 'uk';
const THEMES = ['light', 'dark'] as const;

/**
 * Which map each test checks the page with: the SVG map (the first view's, and the only one
 * without WebGL) or MapLibre once it has taken over. On the desktop each map is checked in the app
 * and in the embed, in one language each; on the phone, each in one of its two tests. Left to the
 * page, MapLibre took over somewhere in the first scenarios, so neither map was checked in every
 * scenario; and MapLibre's frames in software GL are most of such a test's time.
 */
type Renderer = 'svg' | 'maplibre';
const RENDERERS: Record<'app' | 'embed', Record<Lang, { desktop: Renderer; phone: Renderer }>> = {
  app: { en: { desktop: 'maplibre', phone: 'svg' }, uk: { desktop: 'svg', phone: 'svg' } },
  embed: { en: { desktop: 'svg', phone: 'svg' }, uk: { desktop: 'maplibre', phone: 'maplibre' } },
};

/** Holds MapLibre back for the SVG map, before the page loads. */
async function prepare(page: Page, renderer: Renderer) {
  if (renderer === 'svg') await holdMapLibre(page);
}

/** Once the page's first view is ready: the map asked for is the one drawing. */
async function drawnBy(page: Page, renderer: Renderer) {
  if (renderer === 'maplibre') await interactive(page);
  else await ready(page);
  await expect(page.locator('html')).toHaveAttribute('data-map-renderer', renderer);
}

async function scenarioIds(page: Page): Promise<string[]> {
  return page
    .locator('input[name="scenario"]')
    .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));
}

/** Each scenario in turn, chosen as a reader chooses it; `check` runs on each once it is drawn. */
async function everyScenario(page: Page, check: (scenario: string) => Promise<void>) {
  for (const scenario of await scenarioIds(page)) {
    await page.locator(`input[name="scenario"][value="${scenario}"]`).check();
    await ready(page);
    await check(scenario);
  }
}

for (const lang of ['en', 'uk'] as Lang[]) {
  test(`the app: every scenario, both themes, panels open, in ${lang}: no axe violation`, async ({
    page,
    isMobile,
  }) => {
    // The whole matrix runs on the desktop; on the phone, whose layout differs only in CSS, one
    // language each for the app and the embed keeps the suite's time in bounds (2 minutes a test).
    test.skip(isMobile && lang === 'uk', 'phone: the app in English only');
    test.setTimeout(300_000);
    const renderer = RENDERERS.app[lang][isMobile ? 'phone' : 'desktop'];
    await prepare(page, renderer);
    await page.goto(`./?lang=${lang}&theme=light`);
    await drawnBy(page, renderer);
    for (const theme of THEMES) {
      if (theme === 'dark') await page.locator('#theme-toggle').click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      let regionShown = false;
      await everyScenario(page, async (scenario) => {
        // The figures table open; and once per theme, a region's panel instead of the scenario's.
        const figures = page.locator('#figures details');
        if (!(await figures.evaluate((d) => (d as HTMLDetailsElement).open)))
          await page.locator('#figures summary').click();
        expect(await violations(page), `${lang} ${theme} ${scenario} ${renderer}`).toEqual([]);
        if (!regionShown) {
          regionShown = true;
          await page.locator('.region-list button[data-iso="UA-14"]').click();
          await ready(page);
          expect(await violations(page), `${lang} ${theme} ${scenario} UA-14`).toEqual([]);
        }
      });
    }
  });

  test(`the embed: every scenario, both themes, details open, in ${lang}: no axe violation`, async ({
    page,
    isMobile,
  }) => {
    test.skip(isMobile && lang === 'en', 'phone: the embed in Ukrainian only');
    test.setTimeout(300_000);
    const renderer = RENDERERS.embed[lang][isMobile ? 'phone' : 'desktop'];
    await prepare(page, renderer);
    for (const theme of THEMES) {
      await page.goto(`./?embed=1&lang=${lang}&theme=${theme}`);
      await drawnBy(page, renderer);
      await page.locator('#details-toggle').click();
      await expect(page.locator('#details-toggle')).toHaveAttribute('aria-expanded', 'true');
      await everyScenario(page, async (scenario) => {
        expect(await violations(page), `embed ${lang} ${theme} ${scenario} ${renderer}`).toEqual(
          [],
        );
      });
      // A region tapped on the map: its callout, over the map.
      await tapDonetsk(page, renderer);
      const callout = page.locator('.region-callout');
      await expect(callout).toBeVisible();
      // Its name and share held, at the map; and the way to its full panel.
      await expect(callout).toContainText(lang === 'en' ? /^Donetsk.*\d\s?%/ : /^Донецька.*\d\s?%/);
      expect(await violations(page), `embed ${lang} ${theme} callout`).toEqual([]);
      await callout.getByRole('button').first().click();
      await expect(callout).toBeHidden();
      await expect(page.locator('#details h2')).toBeFocused();
      await expect(page.locator('#details h2')).toContainText(
        lang === 'en' ? 'Donetsk' : 'Донецька',
      );
    }
  });
}

/**
 * Taps Donetsk oblast on the map: MapLibre's where it drew the name; the SVG map's on the shape.
 * A tap is the reader's first gesture on the map, so MapLibre takes over from the SVG map then:
 * the callout is checked once it has, on the page as it stays.
 */
async function tapDonetsk(page: Page, renderer: Renderer) {
  if (renderer === 'maplibre') {
    await page.locator('#map').click({ position: await donetsk(page) });
    return;
  }
  await page.locator('svg.svg-map path[data-iso="UA-14"]').click({ force: true });
  await interactive(page);
}

/** A point inside Donetsk oblast on the map, relative to it: where the map drew its name. */
async function donetsk(page: Page) {
  const map = (await page.locator('#map').boundingBox())!;
  const label = await drawnLabel(page, 'UA-14');
  return { x: label.x - map.x, y: label.y - map.y };
}
