import { expect, test } from '@playwright/test';
import { isHeldColour, shareOfPixels } from './pixels.ts';

test.describe('the first screen', () => {
  test('renders the latest date’s held area with no request leaving the origin', async ({
    page,
    baseURL,
  }) => {
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) {
        foreign.push(request.url());
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });

    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'ready', {
      timeout: 30_000,
    });

    const manifest = await (await page.request.get('data/manifest.json')).json();
    const latest = manifest.series.dates.at(-1);
    await expect(page.locator('#summary time')).toHaveAttribute('datetime', latest);
    await expect(page.locator('#summary')).toContainText('of Ukraine');
    await expect(page.locator('#credits')).toContainText('DeepStateMap.live');
    await expect(page.locator('#credits')).toContainText('Natural Earth');

    // The map shows the held area: a clear share of its pixels are the held colour.
    const heldShare = shareOfPixels(await page.locator('#map').screenshot(), isHeldColour);
    expect(heldShare).toBeGreaterThan(0.02);

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
