import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { PNG } from 'pngjs';
import { ready, watchPage } from './page-watch.ts';

async function download(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

/** On a phone the details panel starts folded: open it. */
async function openDetails(page: Page): Promise<void> {
  const toggle = page.locator('#details-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false')
    await toggle.click();
}

const since = (page: Page) => new URL(page.url()).searchParams.get('since');

test.describe('comparing two days', () => {
  test('since and date show what changed hands, in all and in the selected unit', async ({
    page,
  }) => {
    const clipping: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('change-between')) clipping.push(r.url());
    });
    await page.goto('./?date=2025-08-12&since=2025-05-16&region=UA-14');
    await ready(page);
    const summary = page.locator('#summary');
    await expect(summary).toContainText('Between 16 May 2025 and 12 August 2025, Russia took');
    // +1,252 km² by the daily figures; the drawn (simplified, reconciled) geometry says 1,254.
    await expect(summary).toContainText(
      /Donetsk[^:]*: taken 1,25\d\skm², regained 0\skm², net \+1,25\d\skm²/,
    );
    await expect(page.locator('#legend')).toContainText('Taken by Russia');
    await expect(page.locator('#legend')).toContainText('Regained by Ukraine');
    await expect(page.locator('#legend')).toContainText('Line of 16 May 2025');
    expect(new URL(page.url()).searchParams.get('since')).toBe('2025-05-16');
    expect(clipping).toHaveLength(1);
  });

  test('the first view without a comparison never loads the clipping code', async ({ page }) => {
    const clipping: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('change-between')) clipping.push(r.url());
    });
    await page.goto('./?date=2025-08-12');
    await ready(page);
    expect(clipping).toEqual([]);
  });

  test('a since after the date is dropped with a notice', async ({ page }) => {
    await page.goto('./?date=2025-05-16&since=2025-08-12');
    await ready(page);
    await expect(page.locator('#url-notice')).toContainText('A comparison needs a day before');
    expect(new URL(page.url()).searchParams.get('since')).toBeNull();
  });

  test('back and forward move between the comparison and the plain day', async ({ page }) => {
    await page.goto('./?date=2025-08-12');
    await ready(page);
    await page.evaluate(() => {
      history.pushState(null, '', '?date=2025-08-12&since=2025-05-16');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.locator('#summary')).toContainText('Between 16 May 2025');
    await page.goBack();
    await expect(page.locator('#summary')).toContainText('Held by Russia on 12 August 2025');
    await page.goForward();
    await expect(page.locator('#summary')).toContainText('Between 16 May 2025');
  });

  test('the region panel and the figures table give taken, regained and net, and the daily figures’ net', async ({
    page,
    baseURL,
  }) => {
    const watch = watchPage(page, baseURL!);
    await page.goto('./?since=2025-05-16&date=2025-08-12&region=UA-14');
    await ready(page);
    await openDetails(page);
    const details = page.locator('#details');
    await expect(details).toContainText('Between 16 May 2025 and 12 August 2025');
    await expect(details.locator('[data-figure="taken"]')).toHaveText(/^1,25\d\skm²$/);
    await expect(details.locator('[data-figure="regained"]')).toHaveText('0 km²');
    await expect(details.locator('[data-figure="net"]')).toHaveText(/^\+1,25\d\skm²$/);
    // The issue's +1,252 is the daily figures' net; the reconciliation added 115.5 km² on both days.
    const note = details.locator('[data-figure="figures-net"]');
    await expect(note).toContainText('18,614 km² → 19,866 km², net +1,252 km²');
    await expect(note).toContainText('so it accounts for 0.0 km² of the change');

    await page.locator('#figures summary').click();
    const head = page.locator('#figures thead th');
    await expect(head).toContainText(['Taken by Russia', 'Regained by Ukraine', 'Net']);
    const donetsk = page.locator('#figures tr[data-iso="UA-14"]');
    // The table's headings give the unit once; its cells, the figures.
    await expect(head).toContainText(['Taken by Russia, km²']);
    await expect(donetsk.locator('[data-column="net"]')).toHaveText(/^\+1,25\d$/);
    await expect(page.locator('#figures tr.total [data-column="taken"]')).toHaveText(/^1,\d{3}$/);
    watch.check();
  });

  test('the shortcuts and the date field set since from the keyboard; stopping clears it', async ({
    page,
  }) => {
    await page.goto('./?date=2025-08-12');
    await ready(page);
    const shortcut = page.getByRole('combobox', { name: 'Change since' });
    await expect(shortcut.locator('option')).toContainText([
      'No comparison',
      'Ukraine: the “NATO umbrella”, late 2024 (18 December 2024)',
      'The US draft of April 2025 (30 April 2025)',
      'Istanbul, 16 May 2025: Russia’s demands',
    ]);
    await shortcut.focus();
    await shortcut.selectOption('2025-05-16');
    // Each comparison is clipped when asked for: on a busy machine that takes seconds.
    await expect(page.locator('#summary')).toContainText('Between 16 May 2025 and 12 August 2025', {
      timeout: 20_000,
    });
    expect(since(page)).toBe('2025-05-16');
    await expect(page.locator('.compare-places summary')).toContainText('changed hands');

    await page.getByLabel('or since').fill('2025-06-01');
    await expect(page.locator('#summary')).toContainText('Between 1 June 2025', {
      timeout: 20_000,
    });
    expect(since(page)).toBe('2025-06-01');
    await expect(shortcut).toHaveValue('2025-06-01');

    await page.getByRole('button', { name: 'Stop comparing' }).press('Enter');
    await expect(page.locator('#summary')).toContainText('Held by Russia on 12 August 2025');
    expect(since(page)).toBeNull();
    await page.goBack();
    await expect(page.locator('#summary')).toContainText('Between 1 June 2025');
  });

  test('since survives a reload, and the Ukrainian control lists the places with their dates', async ({
    page,
  }) => {
    await page.goto('./?since=2025-05-16&date=2025-08-12&lang=uk');
    await ready(page);
    await page.reload();
    await ready(page);
    expect(since(page)).toBe('2025-05-16');
    await expect(page.getByRole('combobox', { name: 'Зміни від' })).toHaveValue('2025-05-16');
    await expect(page.locator('#summary')).toContainText('Між 16 травня 2025');
    await page.locator('.compare-places summary').click();
    // Dvorichna (Kharkiv oblast) is first inside the line on 13 June 2025.
    await expect(page.locator('.compare-places li[data-place="dvorichna"]')).toHaveText(
      'Дворічна: захоплено Росією, 13 червня 2025\u00a0р.',
    );
  });

  test('the exports are of the change, and the embed snippet carries since', async ({
    page,
    baseURL,
  }) => {
    await page.goto('./?since=2025-05-16&date=2025-08-12&region=UA-14');
    await ready(page);
    const csv = await download(page, 'Figures (CSV)');
    expect(csv.name).toBe('ukraine-map-held-on-date-2025-05-16-to-2025-08-12.csv');
    const rows = csvParse(csv.body.toString('utf8'));
    expect(rows.columns.slice(0, 9)).toEqual([
      'since',
      'date',
      'level',
      'iso',
      'unit_name_en',
      'unit_name_uk',
      'taken_km2',
      'regained_km2',
      'net_km2',
    ]);
    const donetsk = rows.find((r) => r.iso === 'UA-14')!;
    expect(donetsk).toMatchObject({
      since: '2025-05-16',
      date: '2025-08-12',
      held_net_km2: '1252.1',
    });
    expect(Number(donetsk.net_km2)).toBeCloseTo(1252, -1);

    const geojson = JSON.parse((await download(page, 'Areas (GeoJSON)')).body.toString('utf8'));
    expect(geojson.features.map((f: GeoJSON.Feature) => f.properties!.kind)).toContain('taken');
    for (const feature of geojson.features) {
      expect(feature.properties).toMatchObject({ since: '2025-05-16', date: '2025-08-12' });
      const [x, y] = feature.geometry.coordinates[0][0][0];
      expect(Math.abs(x * 1e6 - Math.round(x * 1e6))).toBeLessThan(1e-6);
      expect(Math.abs(y * 1e6 - Math.round(y * 1e6))).toBeLessThan(1e-6);
    }

    const png = await download(page, 'Picture (PNG)');
    expect(png.name).toBe('ukraine-map-held-on-date-2025-05-16-to-2025-08-12.png');
    expect(PNG.sync.read(png.body).width).toBeGreaterThan(200);

    await page.getByRole('button', { name: 'Embed this view' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view in an article' });
    // The snippet carries the whole view (issue 18): its scenario, dates, region and language.
    const snippet = dialog.locator('#embed-script');
    await expect(snippet).toHaveValue(
      /^<div data-territory-map data-scenario="held-on-date" data-date="2025-08-12" data-since="2025-05-16" data-region="UA-14" data-lang="en"[ >]/,
    );
    await expect(snippet).toHaveValue(
      new RegExp(`<script src="${baseURL}embed.js" async></script>$`),
    );
    await expect(dialog.locator('#embed-iframe')).toHaveValue(/since=2025-05-16/);
    const preview = dialog.frameLocator('iframe');
    await expect(preview.locator('#summary')).toContainText('Between 16 May 2025', {
      timeout: 45_000,
    });
  });
});
