import { describe, expect, it } from 'vitest';
import { RANK_SHOWN } from '../model/place-ranks.ts';
import { labelledUnits, unitLabelOrder, unitLabelPoint, type LabelledUnit } from './unit-labels.ts';

const unit = (iso: string, area_km2: number): { properties: LabelledUnit } => ({
  properties: {
    iso,
    name_en: iso,
    name_uk: iso,
    area_km2,
    label_lon: 30,
    label_lat: 48,
    label_room: [0.5, 0.25],
    town_label_lon: 31,
    town_label_lat: 47,
    town_label_room: [0.25, 0.5],
    label_alternatives: [],
  },
});

const units = [
  unit('UA-12', 31721),
  unit('UA-14', 26521),
  unit('UA-30', 1636),
  unit('UA-43', 26284),
  unit('UA-77', 8129),
];
const places = [{ oblast: 'UA-14' }, { oblast: 'UA-14' }, { oblast: 'UA-43' }, { oblast: 'UA-30' }];

describe('labelledUnits', () => {
  it('leaves Kyiv city to the town label of the same name', () => {
    expect(labelledUnits(units).map((u) => u.iso)).toEqual(['UA-12', 'UA-14', 'UA-43', 'UA-77']);
  });
});

describe('unitLabelOrder', () => {
  it('lets the oblasts with most places of the gazetteer win collisions, then the larger', () => {
    const named = labelledUnits(units);
    const area = new Map(named.map((u) => [u.iso, u.area_km2]));
    const order = unitLabelOrder(named, places, (iso) => area.get(iso)!);
    expect([...order].sort((a, b) => a[1] - b[1]).map(([iso]) => iso)).toEqual([
      'UA-14',
      'UA-43',
      'UA-12',
      'UA-77',
    ]);
  });
});

describe('unitLabelPoint', () => {
  const donetsk = unit('UA-14', 26521).properties;
  const firstZoom = RANK_SHOWN[0]![0];

  it('puts the name at the pole where the map names no town', () => {
    expect(unitLabelPoint(donetsk, firstZoom - 0.1)).toEqual([30, 48, 0.5, 0.25]);
  });

  it('puts it clear of the towns from the zoom that names them', () => {
    expect(unitLabelPoint(donetsk, firstZoom)).toEqual([31, 47, 0.25, 0.5]);
  });
});
