import axeCore from 'axe-core';
import type { Page } from '@playwright/test';

/** The rule sets issue 18 asks for: WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core's violations in the page, with AXE_TAGS, each as "rule (count): first targets". axe
 * runs inside the page itself, its source given once per document: the pages tested here have no
 * frames, and @axe-core/playwright's `analyze()` costs five times as much for the same result (it
 * finishes every run in a new blank page), which made the matrix of accessibility.spec.ts a third
 * of the e2e suite's time. The source is evaluated through the DevTools protocol, which the page's
 * Content-Security-Policy does not govern.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeCore.source);
  return page.evaluate(
    async ({ tags, include }) => {
      const { axe } = window as unknown as { axe: typeof axeCore };
      const { violations } = await axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return violations.map(
        (v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' '))}`,
      );
    },
    { tags: AXE_TAGS, include },
  );
}
