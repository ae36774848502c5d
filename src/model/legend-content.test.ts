import { describe, expect, it } from 'vitest';
import { fixtureEditorial } from './editorial-fixture.ts';
import { datedLabel, legendContentOf } from './legend-content.ts';
import { scenarioView } from './scenario-view.ts';

describe('legendContentOf', () => {
  const day = { date: '2025-05-17', hash: 'x', heldKm2: 610, contestedKm2: null };

  it('lists the roles the scenario draws, and only those', () => {
    expect(
      legendContentOf(scenarioView(fixtureEditorial, 'demand'), day, '2022-02-23', null).roles,
    ).toEqual(['demanded']);
    expect(
      legendContentOf(scenarioView(fixtureEditorial, 'timeline'), day, '2022-02-23', null).roles,
    ).toEqual([]);
  });

  it('lists the grey zone only on days the source has one', () => {
    const view = scenarioView(fixtureEditorial, 'timeline');
    expect(legendContentOf(view, day, '2022-02-23', null).contested).toBe(false);
    expect(legendContentOf(view, { ...day, contestedKm2: 20 }, '2022-02-23', null).contested).toBe(
      true,
    );
  });

  it("gives the scenario's own roles their km², and the day's held land none", () => {
    const demand = scenarioView(fixtureEditorial, 'demand');
    expect(legendContentOf(demand, day, '2022-02-23', null).km2).toEqual({ demanded: 400 });
    const timeline = scenarioView(fixtureEditorial, 'timeline');
    expect(legendContentOf(timeline, { ...day, contestedKm2: 20 }, '2022-02-23', null).km2).toEqual(
      {},
    );
  });

  it('lists the line of 23 February 2022 on every date but that one', () => {
    const view = scenarioView(fixtureEditorial, 'timeline');
    expect(legendContentOf(view, day, '2022-02-23', null).preInvasion).toBe(true);
    expect(
      legendContentOf(view, { ...day, date: '2022-02-23' }, '2022-02-23', null).preInvasion,
    ).toBe(false);
  });
});

describe('legendContentOf, comparing two days', () => {
  it('lists the land taken and regained since the earlier day', () => {
    const view = scenarioView(fixtureEditorial, 'timeline');
    const day = { date: '2025-05-17', hash: 'x', heldKm2: 610, contestedKm2: null };
    expect(legendContentOf(view, day, '2022-02-23', '2025-05-16').since).toBe('2025-05-16');
  });
});

describe('legendContentOf, the timeline moved off the scenario’s date', () => {
  it('dates the held land and the scenario’s areas apart, and neither on its own date', () => {
    const demand = scenarioView(fixtureEditorial, 'demand');
    const own = demand.scenario.date!;
    const later = { date: '2026-03-20', hash: 'x', heldKm2: 700, contestedKm2: null };
    expect(legendContentOf(demand, later, '2022-02-23', null).dates).toEqual({
      held: '2026-03-20',
      roles: own,
    });
    const onItsDate = { ...later, date: own };
    expect(legendContentOf(demand, onItsDate, '2022-02-23', null).dates).toBeNull();
    // A view of the held land alone has nothing to tell apart.
    const timeline = scenarioView(fixtureEditorial, 'timeline');
    expect(legendContentOf(timeline, later, '2022-02-23', null).dates).toBeNull();
  });

  it('says an entry’s date after its label, in the reader’s language', () => {
    expect(datedLabel('Held by Russia', '2026-03-20', 'en')).toBe('Held by Russia (20 Mar 2026)');
    expect(datedLabel('Окуповано Росією', '2026-03-20', 'uk')).toMatch(
      /^Окуповано Росією \(20 бер\. 2026\u00a0р\.\)$/,
    );
    expect(datedLabel('Held by Russia', undefined, 'en')).toBe('Held by Russia');
  });
});
