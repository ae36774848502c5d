import { describe, expect, it } from 'vitest';
import { fixtureEditorial } from './editorial-fixture.ts';
import { overlaysOf, scenarioView } from './scenario-view.ts';

describe('scenarioView', () => {
  const view = scenarioView(fixtureEditorial, 'demand');

  it('puts each area to draw under its role, leaving held land to the control layer', () => {
    expect(view.drawn.demanded).toEqual(['rest']);
    expect(Object.values(view.drawn).flat()).not.toContain('held');
  });

  it('lists every layer with its measured area, held ones included, for the figures', () => {
    expect(view.layers.map((l) => [l.area.id, l.role, l.area.km2])).toEqual([
      ['held', 'held', 600],
      ['rest', 'demanded', 400],
    ]);
  });

  it('gives the quotes in the scenario’s order and each source once', () => {
    expect(view.quotes.map((q) => q.id)).toEqual(['general', 'about-rest', 'names-east']);
    expect(view.sources.map((s) => s.id)).toEqual(['paper', 'wire-copy']);
  });

  it('draws nothing for the timeline scenario', () => {
    expect(Object.values(scenarioView(fixtureEditorial, 'timeline').drawn).flat()).toEqual([]);
  });

  it('refuses an unknown scenario by name', () => {
    expect(() => scenarioView(fixtureEditorial, 'peace')).toThrow('unknown scenario "peace"');
  });
});

describe('overlaysOf', () => {
  it('lists each area drawn in an overlay role once, leaving held land out', () => {
    expect(overlaysOf(fixtureEditorial)).toEqual([{ area: 'rest', role: 'demanded' }]);
  });
});
