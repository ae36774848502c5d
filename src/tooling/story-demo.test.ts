import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../pipeline/paths.ts';

/**
 * The story demo (public/demo/story/) is built only from the seed articles: its quotations must be
 * theirs word for word, and its two languages must tell the same steps.
 */
const pages = {
  en: join(paths.root, 'public/demo/story/index.html'),
  uk: join(paths.root, 'public/demo/story/uk/index.html'),
};

/** Runs of white space as one space: the page wraps its lines where the articles do not. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

const quotationsOf = (html: string) =>
  [...html.matchAll(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/g)].map((m) => flat(m[1]!));

/** Each step's data-* attributes, in order, as the map would be told them. */
const stepsOf = (html: string) =>
  [...html.matchAll(/<section\b([^>]*\bdata-territory-map-step\b[^>]*)>/g)].map((m) =>
    Object.fromEntries(
      [...m[1]!.matchAll(/\bdata-(scenario|date|since|region|place)="([^"]*)"/g)].map((a) => [
        a[1],
        a[2],
      ]),
    ),
  );

describe('the story demo', () => {
  it('quotes the seed articles word for word, in both languages', async () => {
    const seedsDir = join(paths.root, 'seeds');
    const seeds = await Promise.all(
      (await readdir(seedsDir))
        .filter((name) => name.endsWith('.txt'))
        .map(async (name) => flat(await readFile(join(seedsDir, name), 'utf8'))),
    );
    for (const file of Object.values(pages)) {
      const quotations = quotationsOf(await readFile(file, 'utf8'));
      expect(quotations.length, file).toBeGreaterThan(5);
      for (const quotation of quotations)
        expect(
          seeds.some((seed) => seed.includes(quotation)),
          `${file}: “${quotation}” is not in any seed`,
        ).toBe(true);
    }
  });

  it('tells the same steps in English and Ukrainian, each a scenario the map has', async () => {
    const [en, uk] = await Promise.all([readFile(pages.en, 'utf8'), readFile(pages.uk, 'utf8')]);
    const { scenarios } = JSON.parse(
      await readFile(join(paths.root, 'data/scenarios.json'), 'utf8'),
    ) as { scenarios: { id: string }[] };
    const steps = stepsOf(en);
    expect(steps.map((s) => s.scenario)).toEqual([
      'ukraine-nato-umbrella',
      'us-draft-2025-04',
      'istanbul-2025',
      'held-on-date',
      'anchorage-2025',
      'held-on-date',
    ]);
    expect(stepsOf(uk)).toEqual(steps);
    for (const step of steps) expect(scenarios.map((s) => s.id)).toContain(step.scenario);
    expect(quotationsOf(uk)).toEqual(quotationsOf(en));
  });
});
