import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { changeCsv, changeGeoJson } from './change-downloads.ts';
import { fixtureFigures } from './editorial-fixture.ts';
import { unitChanges } from './unit-change.ts';

const change = {
  takenKm2: 12.34,
  regainedKm2: 1.26,
  byUnit: { 'UA-14': { takenKm2: 12.34, regainedKm2: 1.26 } },
};
const changes = unitChanges(change, fixtureFigures, '2025-05-16', '2025-05-17');

describe('changeCsv', () => {
  const csv = changeCsv(changes, '2025-05-16', '2025-05-17', 'DeepStateMap.live');

  it('is RFC 4180: the header first, every record ended by CRLF', () => {
    expect(csv.startsWith('since,date,level,iso,unit_name_en,unit_name_uk,taken_km2,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(2 + 2 + 1);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('reads back with d3-dsv as taken, regained and net per unit, with since and date', () => {
    const rows = csvParse(csv);
    expect(rows.columns).toEqual([
      'since',
      'date',
      'level',
      'iso',
      'unit_name_en',
      'unit_name_uk',
      'taken_km2',
      'regained_km2',
      'net_km2',
      'held_since_km2',
      'held_date_km2',
      'held_net_km2',
      'reconciled_moved_km2',
      'source',
    ]);
    expect(rows[1]).toMatchObject({
      since: '2025-05-16',
      date: '2025-05-17',
      level: 'unit',
      iso: 'UA-14',
      unit_name_uk: 'Донецька область',
      taken_km2: '12.3',
      regained_km2: '1.3',
      net_km2: '11.1',
      held_since_km2: '500.0',
      held_date_km2: '510.0',
      held_net_km2: '10.0',
      reconciled_moved_km2: '0.0',
    });
    expect(rows[0]).toMatchObject({ iso: 'UA-09', taken_km2: '0.0', net_km2: '0.0' });
  });

  it('ends with Ukraine as a whole, typed as the country', () => {
    expect(csvParse(csv).at(-1)).toMatchObject({ level: 'country', iso: 'UA', taken_km2: '12.3' });
  });
});

describe('changeGeoJson', () => {
  const square = [
    [
      [37.123456789, 48],
      [37.5, 48],
      [37.5, 48.5],
      [37.123456789, 48],
    ],
  ];
  const out = changeGeoJson(
    { taken: [square], regained: [], takenKm2: 12.34, regainedKm2: 0 },
    '2025-05-16',
    '2025-05-17',
    'credits',
  );

  it('has a taken feature carrying since and date, and no empty regained one', () => {
    expect(out.features).toHaveLength(1);
    expect(out.features[0]!.properties).toEqual({
      kind: 'taken',
      since: '2025-05-16',
      date: '2025-05-17',
      km2: 12.3,
    });
    expect(out.credits).toBe('credits');
  });

  it('rounds coordinates to 6 decimals', () => {
    expect(out.features[0]!.geometry.coordinates[0]![0]![0]).toEqual([37.123457, 48]);
  });
});
