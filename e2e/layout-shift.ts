import { expect, type Page } from '@playwright/test';
import { layoutShiftOf } from '../src/tooling/layout-shift.ts';

/**
 * Layout shift in end-to-end tests, read as `npm run bench` reads it (src/tooling/layout-shift.ts):
 * call `watchLayoutShift(page)` before `page.goto`, bring the page to the state to judge (ready,
 * read through with `scrollThrough`…), then assert.
 */
export { scrollThrough, watchLayoutShift } from '../src/tooling/layout-shift.ts';

/** Issue 18: what a reader may see move, at most, on the page and inside its maps together. */
export const LAYOUT_SHIFT_LIMIT = 0.05;

/** Asserts the page and its frames shifted by at most `limit`, naming each frame's part if not. */
export async function expectLayoutShiftWithin(page: Page, limit = LAYOUT_SHIFT_LIMIT) {
  const shift = await layoutShiftOf(page);
  const byFrame = shift.frames.map(({ url, value }) => `${value.toFixed(3)} ${url}`).join('; ');
  expect(shift.total, `cumulative layout shift (${byFrame})`).toBeLessThanOrEqual(limit);
}
