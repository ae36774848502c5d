import { expect, test } from '@playwright/test';
import { holdMapLibre, ready } from './page-watch.ts';

test.describe('the URL holds the view', () => {
  // The URL and the panels are the subject, not the map: the first view's SVG map stays.
  test.beforeEach(({ page }) => holdMapLibre(page));

  test('a date in the URL shows that day, and the URL keeps it', async ({ page }) => {
    await page.goto('./?date=2025-08-12');
    await ready(page);
    await expect(page.locator('#summary')).toHaveAttribute('data-date', '2025-08-12');
    await expect(page.locator('#url-notice')).toBeHidden();
    expect(new URL(page.url()).search).toBe('?date=2025-08-12');
  });

  test('the line of 23 February 2022 is a date of the timeline', async ({ page }) => {
    await page.goto('./?date=2022-02-23');
    await ready(page);
    await expect(page.locator('#summary')).toContainText('23 February 2022');
    await expect(page.locator('#summary')).toContainText(/: 44,\d{3}\skm²,/);
  });

  test('a hostile date falls back to the latest with a notice, injecting nothing', async ({
    page,
  }) => {
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    await page.goto(
      `./?date=${encodeURIComponent('<img src=x onerror=alert(1)>')}&theme=${encodeURIComponent('"><script>alert(2)</script>')}`,
    );
    await ready(page);
    const notice = page.locator('#url-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('is not a valid date (YYYY-MM-DD)');
    await expect(notice).toContainText('The theme “"><script>alert(2)</script>” is not one');
    await expect(page.locator('img[src="x"], script:not([src])')).toHaveCount(0);
    expect(dialogs).toBe(0);
    // The address bar now says what is shown: the latest date, which is the default.
    expect(new URL(page.url()).search).toBe('');
  });

  test('a day without data moves to the nearest day with data', async ({ page }) => {
    await page.goto('./?date=2025-04-01');
    await ready(page);
    await expect(page.locator('#url-notice')).toContainText('no data for 1 April 2025');
    expect(new URL(page.url()).searchParams.get('date')).toMatch(/^2025-0(3-30|4-02)$/);
  });
});
