import { describe, expect, it } from 'vitest';
import { fixtureEditorial, fixtureFigures } from './editorial-fixture.ts';
import { areaDetails, unitDetails } from './region-details.ts';

describe('unitDetails', () => {
  const donetsk = unitDetails('UA-14', '2025-05-17', fixtureEditorial, fixtureFigures);

  it('gives the unit’s names, area and held km² on the date', () => {
    expect(donetsk).toMatchObject({
      name: { en: 'Donetsk', uk: 'Донецька область' },
      areaKm2: 900,
      heldKm2: 510,
    });
  });

  it('says what each scenario area would cover of the unit', () => {
    expect(donetsk.effects.map((e) => [e.scenario.id, e.area.id, e.role, e.km2])).toEqual([
      ['demand', 'held', 'held', 500],
      ['demand', 'rest', 'demanded', 400],
    ]);
    expect(donetsk.effects[1]!.shareOfUnit).toBeCloseTo(400 / 900);
  });

  it('lists quotes naming the unit first, then quotes about areas reaching into it', () => {
    expect(donetsk.quotes.map((q) => q.id)).toEqual(['names-east', 'about-rest']);
  });

  it('leaves out quotes about areas elsewhere', () => {
    const luhansk = unitDetails('UA-09', '2025-05-17', fixtureEditorial, fixtureFigures);
    expect(luhansk.quotes).toEqual([]);
    expect(luhansk.claims).toEqual([]);
  });

  it('carries the claim checks of the areas inside the unit', () => {
    expect(donetsk.claims.map((c) => c.id)).toEqual(['rest-30-percent']);
  });
});

describe('areaDetails', () => {
  it('gives an area’s scenarios, its km² per unit (largest first), quotes and claims', () => {
    const held = areaDetails('held', fixtureEditorial, fixtureFigures);
    expect(held.usedBy.map((u) => [u.scenario.id, u.role])).toEqual([['demand', 'held']]);
    expect(held.byUnit.map((u) => [u.iso, u.km2])).toEqual([
      ['UA-14', 500],
      ['UA-09', 100],
    ]);
    expect(areaDetails('rest', fixtureEditorial, fixtureFigures).quotes.map((q) => q.id)).toEqual([
      'about-rest',
    ]);
  });
});
