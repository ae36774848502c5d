import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { interactive, ready } from './page-watch.ts';

/** The date the page shows, as the summary states it. */
const shown = (page: Page) => page.locator('#summary');
const field = (page: Page) => page.getByLabel('Go to date');
const message = (page: Page) => page.locator('#timeline-message');
/** A tap on a phone (touch events), a click elsewhere. */
const press = (locator: Locator, phone: boolean) => (phone ? locator.tap() : locator.click());

/** Every control's box: none may cover another, and each is at least 24 × 24 CSS px. */
async function boxes(locator: Locator) {
  return locator.evaluateAll((elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, width: r.width, height: r.height };
    }),
  );
}

function expectApartAndLargeEnough(found: Awaited<ReturnType<typeof boxes>>) {
  for (const box of found) {
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
  const sorted = [...found].sort((a, b) => a.left - b.left);
  for (let i = 1; i < sorted.length; i++)
    expect(sorted[i]!.left).toBeGreaterThanOrEqual(sorted[i - 1]!.right);
}

test.describe('a timeline you can aim', () => {
  test(
    'a typed date goes to that day, or to the nearest day with a map, and says which',
    { tag: '@any-screen' },
    async ({ page }) => {
      await page.goto('./');
      await ready(page);
      await field(page).fill('2025-05-16');
      await field(page).press('Enter');
      await ready(page);
      await expect(shown(page)).toHaveAttribute('data-date', '2025-05-16');
      await expect(message(page)).toHaveText('Showing 16 May 2025.');
      expect(new URL(page.url()).searchParams.get('date')).toBe('2025-05-16');

      // Between the reference day and the series there is no map: 8 July 2024 is nearer.
      await field(page).fill('2023-06-01');
      await field(page).press('Enter');
      await ready(page);
      await expect(shown(page)).toHaveAttribute('data-date', '2024-07-08');
      await expect(message(page)).toHaveText(
        'No map for 1 June 2023: showing 8 July 2024, the nearest date with one.',
      );
      await expect(field(page)).toHaveValue('2024-07-08');

      await field(page).fill('');
      await field(page).press('Enter');
      await expect(message(page)).toHaveText(
        'Not a full date: expected a day, month and year between 23 February 2022 and 22 August 2026.',
      );
      await expect(field(page)).toHaveAttribute('aria-invalid', 'true');
      await expect(shown(page)).toHaveAttribute('data-date', '2024-07-08');
    },
  );

  test('the ticks, the markers and the grouped events go to their dates by click or tap', async ({
    page,
  }, testInfo) => {
    const phone = testInfo.project.name === 'phone';
    await page.goto('./?date=2024-08-01');
    await ready(page);
    await press(page.getByRole('button', { name: 'January 2026' }), phone);
    await ready(page);
    await expect(shown(page)).toHaveAttribute('data-date', '2026-01-01');

    // 30 April, 16, 17 and 19 May 2025 lie within days of each other: one group lists them all.
    for (const [date, name] of [
      ['2025-04-30', '30 April 2025'],
      ['2025-05-16', '16 May 2025'],
      ['2025-05-17', '17 May 2025'],
      ['2025-05-19', '19 May 2025'],
    ]) {
      const group = page.locator(`.timeline-marker.is-group[data-dates~="${date}"]`);
      await press(group, phone);
      await expect(group).toHaveAttribute('aria-expanded', 'true');
      await press(page.locator('#timeline-event-list button', { hasText: name }), phone);
      await ready(page);
      await expect(shown(page)).toHaveAttribute('data-date', date!);
      await expect(group).toHaveAttribute('aria-expanded', 'false');
    }

    await press(page.getByRole('button', { name: /^23 Feb\s*2022/ }), phone);
    await ready(page);
    await expect(shown(page)).toHaveAttribute('data-date', '2022-02-23');
    await expect(page.getByRole('button', { name: /^23 Feb\s*2022/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('everything works from the keyboard alone', { tag: '@any-screen' }, async ({ page }) => {
    await page.goto('./?date=2025-01-10');
    await ready(page);
    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    // Home is the series' first day, not the reference day two years before it.
    await page.keyboard.press('Home');
    await ready(page);
    await expect(shown(page)).toHaveAttribute('data-date', '2024-07-08');
    await page.keyboard.press('ArrowRight');
    await ready(page);
    await expect(shown(page)).toHaveAttribute('data-date', '2024-07-09');
    await page.keyboard.press('PageUp');
    await ready(page);
    await expect(shown(page)).toHaveAttribute('data-date', '2024-08-09');

    // The ticks are one Tab stop; arrows move along them, Enter goes.
    await page.keyboard.press('Tab');
    await expect(page.locator('.timeline-tick:focus')).toHaveCount(1);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await ready(page);
    const lastTick = await page.locator('.timeline-tick').last().textContent();
    expect(await shown(page).getAttribute('data-date')).toMatch(/^2026-/);
    expect(lastTick).toBeTruthy();

    // On to the markers: open the group, walk its list, choose 17 May, Escape closes another.
    await page.keyboard.press('Tab');
    let focused = page.locator('.timeline-marker:focus');
    while (!(await focused.getAttribute('aria-expanded'))) {
      await page.keyboard.press('Tab');
      focused = page.locator('.timeline-marker:focus');
    }
    await page.keyboard.press('Enter');
    await expect(page.locator('#timeline-event-list button').first()).toBeFocused();
    const item = page.locator('#timeline-event-list button', { hasText: '17 May 2025' });
    while (!(await item.evaluate((e) => e === document.activeElement)))
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await ready(page);
    await expect(shown(page)).toHaveAttribute('data-date', '2025-05-17');
    const group = page.locator('.timeline-marker.is-group[data-dates~="2025-05-17"]');
    await expect(group).toBeFocused();
    await expect(group).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(group).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(group).toHaveAttribute('aria-expanded', 'false');
    await expect(group).toBeFocused();

    // The date field, typed into part by part, goes on Enter.
    await field(page).focus();
    await field(page).pressSequentially(
      (await field(page).evaluate(() => navigator.language)) === 'en-US' ? '08122025' : '12082025',
    );
    await page.keyboard.press('Enter');
    await ready(page);
    await expect(shown(page)).toHaveAttribute('data-date', '2025-08-12');
  });

  test(
    'play steps through the days and stops at the end; pause stops it',
    { tag: '@any-screen' },
    async ({ page }) => {
      await page.goto('./?date=2026-08-12');
      await ready(page);
      const play = page.locator('.timeline-play');
      await expect(play).toHaveText('Play');
      await play.click();
      await expect(play).toHaveText('Pause');
      await expect(shown(page)).toHaveAttribute('data-date', '2026-08-22', { timeout: 20_000 });
      await expect(play).toHaveText('Play');

      // From the end, play starts again at the series' start; pause holds the day.
      await play.click();
      await expect(shown(page)).not.toHaveAttribute('data-date', '2026-08-22');
      await play.click();
      await expect(play).toHaveText('Play');
      await ready(page);
      const held = await shown(page).getAttribute('data-date');
      // Started again at the series' start (July 2024): on a busy machine the pause may come some
      // dozens of days later, never near the end it started from.
      expect(held! < '2025-01-01').toBe(true);
      await page.waitForTimeout(600);
      await expect(shown(page)).toHaveAttribute('data-date', held!);
    },
  );

  test(
    'with reduced motion, play takes a week a second and never starts by itself',
    { tag: '@any-screen' },
    async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto('./?date=2026-07-01');
      // After MapLibre's takeover: its long tasks in software GL would hold the player's timer
      // back, and two steps would then come at once.
      await interactive(page);
      await page.waitForTimeout(1200);
      await expect(shown(page)).toHaveAttribute('data-date', '2026-07-01');
      await page.locator('.timeline-play').click();
      await expect(shown(page)).toHaveAttribute('data-date', '2026-07-08', { timeout: 5_000 });
      // 9 July 2026 has no map: a step is seven dates with data.
      await expect(shown(page)).toHaveAttribute('data-date', '2026-07-16', { timeout: 5_000 });
      await page.locator('.timeline-play').click();
    },
  );

  for (const width of [320, 0]) {
    test(`no marker or tick covers another, each at least 24 px${width ? ` (${width} px)` : ''}`, async ({
      page,
    }) => {
      if (width) await page.setViewportSize({ width, height: 800 });
      for (const lang of ['en', 'uk']) {
        await page.goto(`./?date=2025-05-16&lang=${lang}`);
        await ready(page);
        expectApartAndLargeEnough(await boxes(page.locator('.timeline-marker')));
        expectApartAndLargeEnough(await boxes(page.locator('.timeline-tick')));
        const track = await page.locator('.timeline-ticks').boundingBox();
        for (const box of await boxes(page.locator('.timeline-marker, .timeline-tick'))) {
          expect(box.left).toBeGreaterThanOrEqual(track!.x - 8);
          expect(box.right).toBeLessThanOrEqual(track!.x + track!.width + 8);
        }
      }
    });
  }

  test('axe finds nothing in the timeline, its list closed or open, in either language', async ({
    page,
  }) => {
    for (const lang of ['en', 'uk']) {
      await page.goto(`./?date=2025-05-16&lang=${lang}`);
      await ready(page);
      if (lang === 'en') expect(await axeViolations(page, '#timeline')).toEqual([]);
      await page.locator('.timeline-marker.is-group').first().click();
      expect(await axeViolations(page, '#timeline')).toEqual([]);
    }
  });
});
