import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { interactive, ready, watchPage } from './page-watch.ts';
import { drawnLabel } from './map-labels.ts';
import { isHeldColour, isNear, shareOfPixels } from './pixels.ts';
import { palettes } from '../src/style/palette.ts';

interface Published {
  scenarios: {
    id: string;
    title: { en: string; uk: string };
    date?: string;
    layers: { area: string; role: string }[];
    quotes: string[];
  }[];
}

/** The role colours of the light theme, to find each role's pattern on screen. */
const lightRoleColours: Record<string, string> = Object.fromEntries(
  Object.entries(palettes.light.roles).map(([role, style]) => [role, style.color]),
);

async function published(page: Page): Promise<Published> {
  const manifest = await (await page.request.get('data/manifest.json')).json();
  return (await page.request.get(`data/${manifest.editorial.file}`)).json();
}

const heading = (page: Page) => page.locator('#details h2');

test.describe('the interactive map', () => {
  test(
    'each scenario can be chosen and shows its areas and quotes',
    { tag: '@any-screen' },
    async ({ page, baseURL }) => {
      // Seven scenarios, each drawn and photographed: in software GL on a phone, more than 30 s.
      test.slow();
      const watch = watchPage(page, baseURL!);
      await page.goto('./?theme=light');
      await ready(page);
      const { scenarios } = await published(page);
      for (const scenario of scenarios) {
        await page.getByRole('radio', { name: scenario.title.en }).check();
        await ready(page);
        await expect(heading(page)).toHaveText(scenario.title.en);
        await expect(page.locator('#details blockquote')).toHaveCount(scenario.quotes.length);
        for (const cite of await page.locator('#details blockquote + cite').all())
          await expect(cite).not.toBeEmpty();
        if (scenario.date)
          await expect(page.locator('#summary')).toHaveAttribute('data-date', scenario.date);

        const map = await page.locator('#map').screenshot();
        for (const layer of scenario.layers.filter((l) => l.role !== 'held')) {
          await expect(page.locator('#legend')).toContainText(
            (await page
              .locator(`#details li[data-role="${layer.role}"] .role`)
              .first()
              .textContent())!,
          );
          const share = shareOfPixels(map, isNear(lightRoleColours[layer.role]!, 30));
          expect(share, `${scenario.id}: ${layer.role} pattern on the map`).toBeGreaterThan(0.001);
        }
        if (scenario.layers.some((l) => l.role === 'held'))
          expect(shareOfPixels(map, isHeldColour)).toBeGreaterThan(0.02);
      }
      watch.check();
    },
  );

  test('clicking Donetsk oblast on the map opens its panel with quotes from the seeds', async ({
    page,
    baseURL,
    isMobile,
  }) => {
    const watch = watchPage(page, baseURL!);
    await page.goto('./');
    await interactive(page);
    // Where the map has drawn the name Donetsk, a little below it: inside the oblast.
    const label = await drawnLabel(page, 'UA-14');
    const [x, y] = [label.x, label.y + 12];
    if (isMobile) await page.touchscreen.tap(x, y);
    else await page.mouse.click(x, y);
    await ready(page);
    await expect(heading(page)).toHaveText('Donetsk');
    expect(new URL(page.url()).searchParams.get('region')).toBe('UA-14');
    await expect(page.locator('#details blockquote').first()).toBeVisible();
    expect(await page.locator('#details blockquote').count()).toBeGreaterThanOrEqual(5);
    await expect(page.locator('#details cite').first()).toContainText('Zelensky');
    await expect(page.locator('#details [data-figure="held"]')).toContainText('km²');
    // Named where it was clicked, with its share; its panel in sight beside the map on a desktop,
    // one button away on a phone, where the map stays in sight.
    const callout = page.locator('.region-callout');
    await expect(callout).toContainText(/^Donetsk.*\d\s?%/);
    // It leaves the point tapped in sight, and on a phone the oblast's name too.
    const box = (await callout.boundingBox())!;
    const covers = (px: number, py: number) =>
      px >= box.x && px <= box.x + box.width && py >= box.y && py <= box.y + box.height;
    expect(covers(x, y), 'the callout covers the point tapped').toBe(false);
    if (isMobile) expect(covers(label.x, label.y), 'the callout covers DONETSK').toBe(false);
    const credit = (await page.locator('.map-credit').boundingBox())!;
    const overlapsCredit =
      box.x < credit.x + credit.width &&
      credit.x < box.x + box.width &&
      box.y < credit.y + credit.height &&
      credit.y < box.y + box.height;
    expect(overlapsCredit, 'the callout covers the credit').toBe(false);
    if (isMobile) {
      await expect(page.locator('#map')).toBeInViewport({ ratio: 0.9 });
      await callout.getByRole('button', { name: 'Details and sources' }).click();
      await expect(heading(page)).toBeFocused();
    }
    await expect(heading(page)).toBeInViewport();
    watch.check();
  });

  test(
    'choosing Donetsk from the region list opens the same panel and moves focus to it',
    { tag: '@any-screen' },
    async ({ page }) => {
      await page.goto('./?scenario=anchorage-2025');
      await ready(page);
      await page.getByRole('button', { name: /^Donetsk \d/ }).click();
      await ready(page);
      await expect(heading(page)).toHaveText('Donetsk');
      await expect(heading(page)).toBeFocused();
      await expect(page.locator('#details blockquote', { hasText: '30 percent' })).toBeVisible();
      // The claim check sets the quoted 30% beside the share the map measures.
      await expect(page.locator('#details .claims')).toContainText(
        /quoted 30%; the map measures 25\.\d%/,
      );
      await page.getByRole('button', { name: 'Close' }).click();
      await expect(heading(page)).toHaveText(/Anchorage/);
    },
  );

  test(
    'the timeline changes the held area and the figures, by day and by month',
    { tag: '@any-screen' },
    async ({ page }) => {
      await page.goto('./');
      await ready(page);
      const slider = page.getByRole('slider', { name: 'Date' });
      const summary = page.locator('#summary');
      const latestText = await summary.textContent();
      const latestHeld = shareOfPixels(await page.locator('#map').screenshot(), isHeldColour);

      await slider.focus();
      await page.keyboard.press('ArrowLeft');
      await ready(page);
      const dayBefore = await summary.getAttribute('data-date');
      expect(new URL(page.url()).searchParams.get('date')).toBe(dayBefore);

      await page.keyboard.press('PageDown');
      await ready(page);
      const monthBefore = await summary.getAttribute('data-date');
      const days = (Date.parse(dayBefore!) - Date.parse(monthBefore!)) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(28);
      expect(days).toBeLessThanOrEqual(33);

      // Home is the daily series' first day; 23 February 2022 has a button of its own.
      await page.keyboard.press('Home');
      await ready(page);
      await expect(summary).toHaveAttribute('data-date', '2024-07-08');
      await page.getByRole('button', { name: /^23 Feb\s*2022/ }).click();
      await ready(page);
      await expect(summary).toHaveAttribute('data-date', '2022-02-23');
      // The slider rests at its start, and says the day the map shows.
      await expect(slider).toHaveAttribute('aria-valuetext', /^23 February 2022, the line before/);
      expect(await summary.textContent()).not.toBe(latestText);
      await expect(page.locator('.timeline-figures')).toContainText(
        'The first date of the timeline',
      );
      const before = shareOfPixels(await page.locator('#map').screenshot(), isHeldColour);
      // Before the full invasion Russia held about 7% of Ukraine; now about 19%.
      expect(before).toBeLessThan(latestHeld * 0.7);
    },
  );

  test(
    'the map’s own buttons speak the page’s language, and switch with it',
    { tag: '@any-screen' },
    async ({ page }) => {
      await page.goto('./');
      await interactive(page);
      await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
      await page.getByRole('button', { name: 'Українською' }).click();
      await ready(page);
      await expect(page.getByRole('button', { name: 'Збільшити' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Зменшити' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'На весь екран' })).toBeVisible();
      await expect(page.getByRole('button', { name: /^Zoom|fullscreen/ })).toHaveCount(0);
      await page.goBack();
      await ready(page);
      await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Збільшити' })).toHaveCount(0);
    },
  );

  test(
    'every state round-trips through the URL, reload and back/forward',
    { tag: '@any-screen' },
    async ({ page }) => {
      await page.goto('./');
      await ready(page);
      await page.getByRole('radio', { name: 'The US draft of April 2025' }).check();
      await ready(page);
      await page.getByRole('button', { name: /^Donetsk \d/ }).click();
      await ready(page);
      await page.getByRole('button', { name: 'Українською' }).click();
      await ready(page);
      await page.getByRole('button', { name: 'Темна тема' }).click();
      await ready(page);
      const url = new URL(page.url());
      expect(Object.fromEntries(url.searchParams)).toEqual({
        scenario: 'us-draft-2025-04',
        region: 'UA-14',
        lang: 'uk',
        theme: 'dark',
      });

      await page.reload();
      await ready(page);
      await expect(
        page.getByRole('radio', { name: 'Американський проєкт, квітень 2025' }),
      ).toBeChecked();
      await expect(heading(page)).toHaveText('Донецька область');
      await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.locator('#summary')).toHaveAttribute('data-date', '2025-04-30');

      await page.goBack();
      await ready(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await page.goBack();
      await ready(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(heading(page)).toHaveText('Donetsk');
      await page.goBack();
      await ready(page);
      await expect(heading(page)).toHaveText('The US draft of April 2025');
      await page.goForward();
      await ready(page);
      await expect(heading(page)).toHaveText('Donetsk');
    },
  );

  test(
    'Ukrainian shows Ukrainian names, and quotes say they are in English',
    { tag: '@any-screen' },
    async ({ page }) => {
      await page.goto('./?lang=uk&region=UA-14');
      await interactive(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
      await expect(page.getByRole('button', { name: /^Донецька область \d/ })).toBeVisible();
      expect((await drawnLabel(page, 'UA-14')).text).toBe('ДОНЕЦЬКА');
      await expect(heading(page)).toHaveText('Донецька область');
      await expect(page.locator('#details blockquote').first()).toHaveAttribute('lang', 'en');
      await expect(page.locator('#details .quote-language').first()).toHaveText(
        'Цитата англійською, мовою публікації.',
      );
      await expect(page.locator('#credits')).toContainText('Кордони: Natural Earth');
    },
  );

  test('on a phone, a scenario chosen stays under the finger while the text above it changes', async ({
    page,
    isMobile,
  }) => {
    test.skip(!isMobile, 'a desktop page does not scroll; its panel has its own column');
    await page.goto('./?scenario=istanbul-2025');
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('data-parts', 'ready');
    for (const name of ['The US draft of April 2025', 'Held on a date', 'Ukraine: no withdrawal']) {
      const radio = page.getByRole('radio', { name });
      await radio.scrollIntoViewIfNeeded();
      const before = (await radio.boundingBox())!.y;
      await radio.tap();
      await expect(radio).toBeChecked();
      expect(Math.abs((await radio.boundingBox())!.y - before), name).toBeLessThanOrEqual(1);
    }
  });

  test(
    'unknown values fall back with a notice in the reader’s language',
    { tag: '@any-screen' },
    async ({ page }) => {
      await page.goto('./?scenario=peace&region=UA-99&lang=uk');
      await ready(page);
      await expect(page.locator('#url-notice')).toContainText('Мапа не знає сценарію «peace»');
      await expect(page.getByRole('radio', { name: 'Окуповане на дату' })).toBeChecked();
      expect(new URL(page.url()).search).toBe('?lang=uk');
    },
  );
});

test('in the dark theme the map’s buttons are dark too, their icons light', async ({ page }) => {
  await page.goto('./?theme=dark');
  await interactive(page);
  const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
  const [group, icon] = await zoomIn.evaluate((button) => [
    getComputedStyle(button.parentElement!).backgroundColor,
    getComputedStyle(button.querySelector('.maplibregl-ctrl-icon')!).filter,
  ]);
  // The page's dark paper (#15191d), not MapLibre's white.
  expect(group).toBe('rgb(21, 25, 29)');
  expect(icon).toBe('invert(1)');
});

test.describe('without WebGL', () => {
  test('the page draws a static map of the same view and stays usable', async ({
    page,
    baseURL,
  }) => {
    const watch = watchPage(page, baseURL!);
    await page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (type.startsWith('webgl') || type === 'experimental-webgl') return null;
        return (getContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof getContext;
    });
    await page.goto('./?scenario=istanbul-2025');
    await ready(page);
    // Said when MapLibre is wanted (the map in view and the page idle) and finds no WebGL.
    await expect(page.locator('#notice')).toContainText('WebGL is unavailable', {
      timeout: 30_000,
    });
    await expect(page.locator('svg.svg-map .svg-units path')).toHaveCount(27);
    await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'svg');
    // MapLibre marked the container before it found no context: the SVG map gets it back clean.
    await expect(page.locator('#map')).not.toHaveClass(/maplibregl/);
    const map = await page.locator('#map').screenshot();
    expect(shareOfPixels(map, isHeldColour)).toBeGreaterThan(0.02);
    expect(shareOfPixels(map, isNear(lightRoleColours.demanded!, 30))).toBeGreaterThan(0.001);
    // Its picture: drawn through an image of the SVG that the page's policy allows (data:).
    const [picture] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Picture (PNG)', exact: true }).click(),
    ]);
    const png = await readFile((await picture.path())!);
    // Less of it than on screen: the picture adds its legend and credits under the map, and on a
    // phone the names laid over the held land (KHERSON, ZAPORIZHZHIA) take their share of it.
    expect(shareOfPixels(png, isHeldColour)).toBeGreaterThan(0.01);

    await page.locator('svg.svg-map path[data-iso="UA-14"]').click({ force: true });
    await ready(page);
    await expect(heading(page)).toHaveText('Donetsk');
    await page.getByRole('button', { name: /^Luhansk \d/ }).click();
    await expect(heading(page)).toHaveText('Luhansk');
    watch.check();
  });
});

test.describe('when the browser loses the WebGL context', () => {
  test(
    'the same view is drawn as SVG without a reload, with a notice',
    { tag: '@any-screen' },
    async ({ page, baseURL }) => {
      const watch = watchPage(page, baseURL!);
      await page.goto('./?scenario=anchorage-2025&region=UA-14');
      await interactive(page);
      const isDemanded = isNear(lightRoleColours.demanded!, 30);
      const drawnByWebgl = shareOfPixels(await page.locator('#map').screenshot(), isDemanded);
      expect(drawnByWebgl).toBeGreaterThan(0);
      await page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
        const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
        gl!.getExtension('WEBGL_lose_context')!.loseContext();
      });
      await expect(page.locator('#notice')).toContainText('stopped drawing the interactive map');
      await expect(page.locator('svg.svg-map .svg-units path')).toHaveCount(27);
      await ready(page);
      // The same area, as much of it as WebGL drew: the patterns differ in detail, not in extent.
      const drawnBySvg = shareOfPixels(await page.locator('#map').screenshot(), isDemanded);
      expect(drawnBySvg).toBeGreaterThan(drawnByWebgl * 0.5);
      await expect(heading(page)).toHaveText('Donetsk');
      await page.getByRole('radio', { name: 'Russia’s claim on paper' }).check();
      await ready(page);
      await expect(page.locator('#summary')).toContainText('Russia’s claim on paper');
      watch.check();
    },
  );
});
