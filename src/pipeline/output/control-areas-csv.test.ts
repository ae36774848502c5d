import { describe, expect, it } from 'vitest';
import { controlAreasCsv } from './control-areas-csv.ts';

describe('controlAreasCsv', () => {
  const figures = {
    units: [{ iso: 'UA-14', name_en: 'Donetsk', name_uk: 'Донецька область', areaKm2: 26521 }],
    dates: ['2025-08-12'],
    heldKm2: [[19750.6]],
    reconciledKm2: [[115.5]],
  };

  it('starts with the credit, then the columns DESIGN.md names, then a row per date and unit', () => {
    expect(controlAreasCsv(figures, 'Control: DeepStateMap.live').split('\n')).toEqual([
      '# Control: DeepStateMap.live',
      'date,iso,name_en,name_uk,area_km2,held_by_russia_km2,held_by_russia_pct',
      '2025-08-12,UA-14,Donetsk,Донецька область,26521.0,19750.6,74.47',
      '',
    ]);
  });

  it('quotes names that contain a comma', () => {
    const withComma = { ...figures, units: [{ ...figures.units[0]!, name_en: 'Kyiv, city' }] };
    expect(controlAreasCsv(withComma, 'c')).toContain(',"Kyiv, city",');
  });
});
