import { expect, test } from '@playwright/test';
import { ready } from './page-watch.ts';

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
      /Donetsk[^:]*: taken 1,25\d km², regained 0 km², net \+1,25\d km²/,
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
});
