import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { snapshotFile } from '../model/data-manifest.ts';
import { browserLang, datesOfUrl, defaultDates, langOfUrl } from '../model/url-state.ts';

// public/page-mode.js is plain ES5 run in the page's head, outside the bundle: it is run here in a
// context of its own with the few browser globals it reads, and a fetch that records the files.
const script = readFileSync(new URL('../../public/page-mode.js', import.meta.url), 'utf8');

const context = {
  dates: ['2022-02-23', '2025-05-16', '2025-08-11', '2025-08-12', '2026-08-22'],
  scenarios: [{ id: 'held-on-date' }, { id: 'istanbul-2025', date: '2025-05-16' }],
};
const hashOf = (date: string) => `h${date.replaceAll('-', '')}`;
const index = {
  firstView: ['editorial.e1.json', 'units.u1.topo.json'],
  references: [{ id: 'pre-invasion', date: '2022-02-23', hash: hashOf('2022-02-23') }],
  series: {
    dates: context.dates.slice(1),
    hashes: context.dates.slice(1).map(hashOf),
  },
  editorial: { defaultDates: defaultDates(context) },
};

/** The data files the head asks for at an address, once the index is in, and what it leaves. */
async function askedAt(
  search: string,
  hash = '',
  served = { body: JSON.stringify(index), status: 200 },
  languages: readonly string[] = ['en-GB'],
) {
  const asked: string[] = [];
  // The head's two Cyrillic font preloads, off until the script switches them on.
  const cyrillic = [{ media: 'not all' }, { media: 'not all' }];
  const page: Record<string, unknown> = {
    location: { search, hash },
    navigator: { languages },
    document: {
      documentElement: { setAttribute: () => {} },
      querySelectorAll: (selector: string) =>
        selector === 'link[data-label-subset="cyrillic"]' ? cyrillic : [],
    },
    URLSearchParams,
    fetch: (url: string) => {
      asked.push(url);
      if (url.endsWith('manifest.json'))
        return Promise.resolve(new Response(served.body, { status: served.status }));
      // The units are missing, the editorial model is cut short; the rest say which file they are.
      if (url.includes('units')) return Promise.resolve(new Response('', { status: 404 }));
      if (url.includes('editorial')) return Promise.resolve(new Response('{"quotes": ['));
      return Promise.resolve(new Response(JSON.stringify({ file: url })));
    },
  };
  page.window = page;
  runInNewContext(script, page);
  const early = (await page.territoryMapEarly) as {
    index: unknown;
    files: Record<string, unknown>;
  };
  return { asked, early, cyrillic: cyrillic.every((link) => link.media === 'all') };
}

/** The held area's file the app asks for first at an address (load-app-data.ts). */
function appsHeldFile(search: string, hash = '') {
  const { date } = datesOfUrl(search, hash, context);
  return `data/${snapshotFile(date, hashOf(date))}`;
}

describe("the page's head", () => {
  it('asks for the index, every first-view file, and the held area the app will show first', async () => {
    for (const search of ['', '?scenario=istanbul-2025', '?date=2025-08-11', '?date=2022-02-23'])
      expect((await askedAt(search)).asked).toEqual([
        'data/manifest.json',
        'data/editorial.e1.json',
        'data/units.u1.topo.json',
        appsHeldFile(search),
      ]);
  });

  it('reads the address as the app does: the query, else the hash; an unknown scenario is the first', async () => {
    const fromHash = await askedAt('', '#scenario=istanbul-2025&embed=1');
    expect(fromHash.asked.at(-1)).toBe(appsHeldFile('', '#scenario=istanbul-2025&embed=1'));
    expect(fromHash.asked.at(-1)).toBe('data/control/2025-05-16.h20250516.topo.json');
    const unknown = await askedAt('?scenario=nowhere&date=2025-08-12');
    expect(unknown.asked.at(-1)).toBe(appsHeldFile('?scenario=nowhere&date=2025-08-12'));
  });

  it('leaves a date the index does not have to the app, which shows the nearest', async () => {
    for (const search of ['?date=2025-08-13', '?date=garbage'])
      expect((await askedAt(search)).asked).toHaveLength(3);
  });

  it('hands the app each file it read, parsed, and null for one it could not read', async () => {
    const { files } = (await askedAt('?date=2025-08-11')).early;
    expect(await files['control/2025-08-11.h20250811.topo.json']).toEqual({
      file: 'data/control/2025-08-11.h20250811.topo.json',
    });
    expect(await files['units.u1.topo.json']).toBeNull();
    expect(await files['editorial.e1.json']).toBeNull();
  });

  it('preloads the Cyrillic faces for a map in Ukrainian only, the language read as the app reads it', async () => {
    for (const search of ['', '?lang=uk', '?lang=en', '?lang=de', '?date=x&lang=uk'])
      for (const languages of [['en-GB'], ['uk-UA', 'en'], ['de', 'uk'], []]) {
        const lang = langOfUrl(search, '', browserLang(languages));
        expect((await askedAt(search, '', undefined, languages)).cyrillic).toBe(lang === 'uk');
      }
    expect((await askedAt('', '#lang=uk')).cyrillic).toBe(true);
  });

  it('hands the app the index it read, or none where it could not read one', async () => {
    expect((await askedAt('')).early.index).toEqual(index);
    for (const served of [
      { body: 'Not found', status: 404 },
      { body: '{"firstView": [', status: 200 },
    ]) {
      const broken = await askedAt('', '', served);
      expect(broken.early.index).toBeNull();
      expect(broken.asked).toEqual(['data/manifest.json']);
    }
  });
});
