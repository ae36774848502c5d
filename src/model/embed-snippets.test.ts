import { describe, expect, it } from 'vitest';
import { embedSnippets } from './embed-snippets.ts';
const app = 'https://maps.example.org/ukraine/index.html?scenario=x#y';

describe('embedSnippets', () => {
  const snippets = embedSnippets(
    app,
    '?scenario=istanbul-2025&region=UA-14&lang=uk&theme=dark',
    'uk',
  );

  it('writes the view as data attributes for embed.js, next to the app', () => {
    expect(snippets.script).toBe(
      '<div data-territory-map data-scenario="istanbul-2025" data-region="UA-14" data-lang="uk"></div>\n' +
        '<script src="https://maps.example.org/ukraine/embed.js" async></script>',
    );
  });

  it('gives a plain iframe of the same view in embed mode, titled in the view’s language', () => {
    expect(snippets.url).toBe(
      'https://maps.example.org/ukraine/index.html?scenario=istanbul-2025&region=UA-14&lang=uk&embed=1',
    );
    expect(snippets.iframe).toContain(`src="${snippets.url.replace(/&/g, '&amp;')}"`);
    expect(snippets.iframe).toContain('title="Інтерактивна мапа України');
    expect(snippets.iframe).toContain('loading="lazy"');
  });

  it('carries a comparison’s earlier day as data-since', () => {
    const compare = embedSnippets(app, '?date=2025-08-12&since=2025-05-16', 'en');
    expect(compare.script).toContain('data-date="2025-08-12" data-since="2025-05-16"');
    expect(compare.url).toContain('?date=2025-08-12&since=2025-05-16&embed=1');
  });

  it('allows fullscreen once, the modern way (with allowfullscreen too, Chrome warns the host)', () => {
    expect(snippets.iframe).toContain('allow="fullscreen"');
    expect(snippets.iframe).not.toContain('allowfullscreen');
  });

  it('leaves the theme to the host page’s reader', () => {
    expect(snippets.script).not.toContain('theme');
    expect(snippets.url).not.toContain('theme');
  });

  it('escapes what it puts in attributes', () => {
    const odd = embedSnippets(app, '?region=%22%3E%3Cscript%3E', 'uk');
    expect(odd.script).toContain('data-region="&quot;&gt;&lt;script&gt;"');
    expect(odd.script).not.toContain('"><script>');
  });
});
