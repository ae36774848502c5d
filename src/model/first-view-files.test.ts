import { describe, expect, it } from 'vitest';
import { firstViewFiles, firstViewList } from './first-view-files.ts';

const manifest = {
  editorial: {
    file: 'editorial.e1.json',
    csv: 'open/scenario-areas.csv',
    areas: 'scenario-areas.a1.topo.json',
    scenarios: {},
    defaultDates: {},
  },
  places: { file: 'places.p1.json', csv: 'open/p.csv', areasCsv: 'open/pa.csv' },
  files: {
    units: 'units.u1.topo.json',
    basemap: 'basemap.b1.topo.json',
    figures: 'control-areas.f1.json',
    csv: 'open/control-areas.csv',
    open: [],
  },
  references: [{ id: 'pre-invasion' as const, date: '2022-02-23', hash: 'h22', heldKm2: 44035 }],
};

describe('the files of a first view', () => {
  it('are the editorial model, the gazetteer, the three topologies and the 2022 line', () => {
    expect(firstViewFiles(manifest)).toEqual({
      editorial: 'editorial.e1.json',
      places: 'places.p1.json',
      units: 'units.u1.topo.json',
      basemap: 'basemap.b1.topo.json',
      areas: 'scenario-areas.a1.topo.json',
      preInvasion: 'control/2022-02-23.h22.topo.json',
    });
  });

  it('name what a build lacks when it cannot show a view', () => {
    expect(() => firstViewFiles({ ...manifest, editorial: null })).toThrow(/no editorial model/);
    expect(() => firstViewFiles({ ...manifest, places: null })).toThrow(/no gazetteer/);
    expect(() => firstViewFiles({ ...manifest, references: [] })).toThrow(/23 February 2022/);
  });

  it('are listed for the manifest, or not at all for a build that cannot show a view', () => {
    expect(firstViewList(manifest)).toHaveLength(6);
    expect(firstViewList(manifest)).toContain('control/2022-02-23.h22.topo.json');
    // The daily figures are asked for once the map is drawn (load-app-data.ts), not by the head.
    expect(firstViewList(manifest)).not.toContain('control-areas.f1.json');
    expect(firstViewList({ ...manifest, places: null })).toEqual([]);
  });
});
