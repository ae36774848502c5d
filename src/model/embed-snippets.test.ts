import { describe, expect, it } from 'vitest';
import { ESTIMATED_HEIGHT_CSS, embedSnippets, type SharedState } from './embed-snippets.ts';
const app = 'https://maps.example.org/ukraine/index.html?scenario=x#y';

const view: SharedState = {
  scenario: 'istanbul-2025',
  date: '2025-05-16',
  since: null,
  region: 'UA-14',
  place: null,
  lang: 'uk',
};

describe('embedSnippets', () => {
  const snippets = embedSnippets(app, view);

  it('writes the whole view and its language as data attributes for embed.js, next to the app', () => {
    expect(snippets.script).toBe(
      '<div data-territory-map data-scenario="istanbul-2025" data-date="2025-05-16" data-region="UA-14" data-lang="uk" style="container-type:inline-size">' +
        '<div style="height:max(1000px, calc(1644px - 72cqw))"></div></div>\n' +
        '<script src="https://maps.example.org/ukraine/embed.js" async></script>',
    );
  });

  it('keeps the map’s place in the article before the script runs, at embed.js’s first height', () => {
    expect(ESTIMATED_HEIGHT_CSS).toBe('max(1000px, calc(1644px - 72cqw))');
    expect(snippets.iframe).toContain('height:max(1400px, calc(2000px - 100vw))');
  });

  it('names the language and the day even when they are the defaults of the page it was made on', () => {
    const english = embedSnippets(app, { ...view, lang: 'en', region: null });
    expect(english.script).toContain('data-lang="en"');
    expect(english.script).toContain('data-date="2025-05-16"');
    expect(english.url).toContain('lang=en');
  });

  it('gives a plain iframe of the same view in embed mode, titled in the view’s language', () => {
    expect(snippets.url).toBe(
      'https://maps.example.org/ukraine/index.html?scenario=istanbul-2025&date=2025-05-16&region=UA-14&lang=uk&embed=1',
    );
    expect(snippets.iframe).toContain(`src="${snippets.url.replace(/&/g, '&amp;')}"`);
    expect(snippets.iframe).toContain('title="Інтерактивна мапа України');
    expect(snippets.iframe).toContain('loading="lazy"');
  });

  it('carries a comparison’s earlier day as data-since and an open place as data-place', () => {
    const compare = embedSnippets(app, {
      ...view,
      date: '2025-08-12',
      since: '2025-05-16',
      place: 'pokrovsk',
    });
    expect(compare.script).toContain(
      'data-date="2025-08-12" data-since="2025-05-16" data-region="UA-14" data-place="pokrovsk"',
    );
    expect(compare.url).toContain('date=2025-08-12&since=2025-05-16&region=UA-14&place=pokrovsk');
  });

  it('allows fullscreen once, the modern way (with allowfullscreen too, Chrome warns the host)', () => {
    expect(snippets.iframe).toContain('allow="fullscreen"');
    expect(snippets.iframe).not.toContain('allowfullscreen');
  });

  it('leaves the theme to the host page’s reader', () => {
    const dark = { ...view, theme: 'dark' } as SharedState;
    expect(embedSnippets(app, dark).script).not.toContain('theme');
    expect(embedSnippets(app, dark).url).not.toContain('theme');
  });

  it('escapes what it puts in attributes', () => {
    const odd = embedSnippets(app, { ...view, region: '"><script>' });
    expect(odd.script).toContain('data-region="&quot;&gt;&lt;script&gt;"');
    expect(odd.script).not.toContain('"><script>');
  });
});
