import { describe, expect, it } from 'vitest';
import { compareShortcuts } from './compare-shortcuts.ts';
import type { EditorialData, Scenario } from './editorial-data.ts';
import { fixtureEditorial } from './editorial-fixture.ts';

const both = (text: string) => ({ en: text, uk: `${text} (uk)` });
const demand = fixtureEditorial.scenarios.find((s) => s.id === 'demand')!;
const scenario = (id: string, date: string): Scenario => ({ ...demand, id, date, title: both(id) });
const editorial: EditorialData = {
  ...fixtureEditorial,
  scenarios: [
    ...fixtureEditorial.scenarios,
    scenario('draft', '2025-04-30'),
    scenario('before-summit', '2025-08-12'),
    scenario('no-withdrawal', '2025-08-12'),
    scenario('claim', '2026-08-22'),
  ],
};
const dates = ['2025-04-30', '2025-05-16', '2025-05-17', '2025-08-12', '2026-08-22'];

describe('compareShortcuts', () => {
  it('offers each dated scenario’s day before the shown day, oldest first, one per day', () => {
    expect(compareShortcuts(editorial, dates, '2026-08-22')).toEqual([
      { date: '2025-04-30', titles: both('draft') },
      { date: '2025-05-16', titles: demand.title },
      {
        date: '2025-08-12',
        titles: {
          en: 'before-summit; no-withdrawal',
          uk: 'before-summit (uk); no-withdrawal (uk)',
        },
      },
    ]);
  });

  it('leaves out days on or after the shown one, and the latest day (a standing claim)', () => {
    expect(compareShortcuts(editorial, dates, '2025-05-16').map((s) => s.date)).toEqual([
      '2025-04-30',
    ]);
    expect(compareShortcuts(editorial, dates, '2027-01-01').map((s) => s.date)).not.toContain(
      '2026-08-22',
    );
  });
});
