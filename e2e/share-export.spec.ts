import { csvParse } from 'd3-dsv';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { ready, watchPage } from './page-watch.ts';
import { isHeldColour, shareOfPixels } from './pixels.ts';

async function download(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

/** "6,770 km² · 1.1% of Ukraine" → 6770: the first figure, in km². */
const km2 = (text: string) =>
  Number(
    text
      .trim()
      .match(/^[\d,]+/)![0]
      .replace(/,/g, ''),
  );

test.describe('sharing and exporting the view', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the PNG has the map, legend, date, title and credits, at 1x and 2x', async ({ page }) => {
    await page.goto('./?scenario=anchorage-2025&theme=light');
    await ready(page);
    const map = (await page.locator('#map').boundingBox())!;

    const one = await download(page, 'Picture (PNG)');
    expect(one.name).toBe('ukraine-map-anchorage-2025-2025-08-12.png');
    const image = PNG.sync.read(one.body);
    expect(image.width).toBe(Math.round(map.width));
    expect(image.height).toBeGreaterThan(map.height + 50);
    expect(shareOfPixels(one.body, isHeldColour)).toBeGreaterThan(0.02);
    // Title above the map and credits below it are text: dark pixels on the paper colour.
    expect(darkShare(image, 0, 40)).toBeGreaterThan(0.01);
    expect(darkShare(image, image.height - 20, image.height)).toBeGreaterThan(0.005);
    // The legend's held swatch sits in the map's bottom-left corner.
    const legendArea = crop(image, 0, image.height - 200, 80, image.height - 20);
    expect(legendArea.some(([r, g, b]) => isHeldColour(r, g, b))).toBe(true);

    const two = await download(page, 'Picture, 2× (PNG)');
    expect(two.name).toBe('ukraine-map-anchorage-2025-2025-08-12@2x.png');
    const double = PNG.sync.read(two.body);
    expect(double.width).toBe(2 * image.width);
    expect(Math.abs(double.height - 2 * image.height)).toBeLessThanOrEqual(2);
  });

  test('the CSV and GeoJSON parse and match the figures on screen', async ({ page }) => {
    await page.goto('./?scenario=anchorage-2025');
    await ready(page);
    const shownRest = km2(
      (await page
        .locator('#details li[data-role="demanded"]', { hasText: 'Donetsk' })
        .locator('.figure')
        .textContent())!,
    );
    await page.locator('#figures summary').click();
    const shownHeld = km2(
      (await page.locator('#figures tr[data-iso="UA-14"] td').nth(1).textContent())!,
    );
    // The table's regions in the order of their names, as the region list has them.
    const names = await page.locator('#figures tbody tr[data-iso] th').allTextContents();
    expect(names).toHaveLength(27);
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));

    // RFC 4180: the header on the first line, records ended by CRLF, the credits on every row.
    const file = (await download(page, 'Figures (CSV)')).body.toString('utf8');
    const csv = file.split('\r\n');
    expect(csv[0]).toMatch(/^scenario,date,level,iso,/);
    for (const row of csvParse(file)) expect(row.source).toContain('DeepStateMap.live');
    expect(csv.at(-1)).toBe('');
    const header = csv[0]!.split(',');
    const donetsk = csv.find((l) => l.includes(',UA-14,'))!.split(',');
    const cell = (column: string) => Number(donetsk[header.indexOf(column)]);
    expect(Math.round(cell('held_by_russia_km2'))).toBe(shownHeld);
    expect(Math.round(cell('donetsk_rest_2025_08_12_demanded_km2'))).toBe(shownRest);

    const geojson = JSON.parse((await download(page, 'Areas (GeoJSON)')).body.toString('utf8'));
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.credits).toContain('DeepStateMap.live');
    const rest = geojson.features.find(
      // The area's id is `area`, as in the open data's CSV columns.
      (f: { properties: { area: string } }) => f.properties.area === 'donetsk-rest-2025-08-12',
    );
    expect(Math.round(rest.properties.area_km2)).toBe(shownRest);
    expect(rest.geometry.type).toBe('MultiPolygon');
  });

  test('the panel links to the open data at stable paths, the daily table with its header first', async ({
    page,
  }) => {
    await page.goto('./');
    await ready(page);
    const links = page.locator('#share ul.open-data a');
    await expect(links.first()).toHaveText('datapackage.json');
    const daily = links.filter({ hasText: /^control-areas\.csv$/ });
    const href = (await daily.getAttribute('href'))!;
    expect(href).toMatch(/\/data\/open\/control-areas\.csv$/);
    const text = await (await page.request.get(href)).text();
    expect(text.split('\r\n')[0]).toMatch(/^date,date_kind,iso,/);
  });

  test('the timeline’s GeoJSON is the held area of the date shown', async ({ page }) => {
    await page.goto('./?date=2025-05-19');
    await ready(page);
    const file = await download(page, 'Areas (GeoJSON)');
    expect(file.name).toBe('ukraine-map-held-on-date-2025-05-19.geojson');
    const geojson = JSON.parse(file.body.toString('utf8'));
    expect(geojson.features[0].properties).toMatchObject({ kind: 'held', date: '2025-05-19' });
    expect(geojson.credits).toContain('DeepStateMap.live');
  });

  test('copy link and the embed snippets reach the clipboard', async ({ page, baseURL }) => {
    const watch = watchPage(page, baseURL!);
    await page.goto('./?scenario=istanbul-2025&region=UA-14&lang=uk&theme=dark');
    await ready(page);
    // The link leaves the journalist's own theme out, unless they ask to keep it.
    const copyLink = page.getByRole('button', { name: 'Копіювати посилання на цей вигляд' });
    await copyLink.click();
    await expect(page.locator('.share-status')).toHaveText('Посилання скопійовано.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      page.url().replace('&theme=dark', ''),
    );
    await page.getByRole('checkbox', { name: 'Зберегти мою колірну тему в посиланні' }).check();
    await copyLink.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    await page.getByRole('button', { name: 'Вбудувати цей вигляд' }).click();
    const dialog = page.getByRole('dialog', { name: 'Вбудувати цей вигляд у статтю' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('#embed-script')).toHaveValue(
      // The whole view, the default day and the language included, never the theme; with a
      // placeholder of the map's estimated height.
      `<div data-territory-map data-scenario="istanbul-2025" data-date="2025-05-16" data-region="UA-14" data-lang="uk" style="container-type:inline-size"><div style="height:max(1000px, calc(1644px - 72cqw))"></div></div>\n<script src="${baseURL}embed.js" async></script>`,
    );
    await expect(dialog.locator('#embed-iframe')).toHaveValue(/<iframe src=".*embed=1"/);
    await dialog.getByRole('button', { name: 'Копіювати' }).first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      'data-territory-map',
    );
    const preview = dialog.frameLocator('iframe');
    await expect(preview.locator('html')).toHaveAttribute('data-map-state', 'ready', {
      timeout: 30_000,
    });
    await dialog.getByRole('button', { name: 'Закрити' }).click();
    await expect(dialog).toBeHidden();
    watch.check();
  });
});

/** The share of pixels in rows [from, to) darker than mid-grey. */
function darkShare(image: PNG, from: number, to: number): number {
  const pixels = crop(image, 0, from, image.width, to);
  return pixels.filter(([r, g, b]) => r + g + b < 3 * 128).length / pixels.length;
}

function crop(image: PNG, x0: number, y0: number, x1: number, y1: number) {
  const out: [number, number, number][] = [];
  for (let y = Math.max(0, y0); y < Math.min(image.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(image.width, x1); x++) {
      const i = (y * image.width + x) * 4;
      out.push([image.data[i]!, image.data[i + 1]!, image.data[i + 2]!]);
    }
  }
  return out;
}
