import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { DataManifest } from '../../model/data-manifest.ts';
import { paths } from '../paths.ts';

/**
 * The published editorial outputs of `npm run data`, checked against the independently computed
 * control figures: an area written as "unit minus held" must equal the unit's area less its held km².
 */
const read = (file: string) =>
  readFile(join(paths.outputDir, file), 'utf8').catch(() => {
    throw new Error(
      `${join(paths.outputDir, file)} is missing: run \`npm run data\` before this test`,
    );
  });

async function published() {
  const manifest = JSON.parse(await read('manifest.json')) as DataManifest;
  const editorial = JSON.parse(await read(manifest.editorial!.file)) as {
    areas: { id: string; km2: number }[];
    claims: { id: string; quotes: string[]; unit: string; quoted: number; mapped: number }[];
  };
  const rows = csvParse(await read(manifest.files.csv));
  const notHeld = (date: string, iso: string) => {
    const row = rows.find((r) => r.date === date && r.iso === iso)!;
    return Number(row.unit_area_km2) - Number(row.held_by_russia_km2);
  };
  return {
    manifest,
    editorial,
    notHeld,
    km2: (id: string) => editorial.areas.find((a) => a.id === id)!.km2,
  };
}

describe('the published scenario outputs', () => {
  it('measure the Istanbul withdrawal as the four oblasts less what Russia held on 16 May 2025', async () => {
    const { km2, notHeld } = await published();
    const expected = ['UA-14', 'UA-09', 'UA-23', 'UA-65'].reduce(
      (sum, iso) => sum + notHeld('2025-05-16', iso),
      0,
    );
    expect(Math.abs(km2('istanbul-withdrawal') - expected)).toBeLessThan(1);
  });

  it('measure the rest of Donetsk oblast on 12 Aug 2025 from that day’s geometry', async () => {
    const { km2, notHeld } = await published();
    expect(Math.abs(km2('donetsk-rest-2025-08-12') - notHeld('2025-08-12', 'UA-14'))).toBeLessThan(
      1,
    );
  });

  it('report each distinct quoted figure once beside the mapped one, naming every quote stating it', async () => {
    const { editorial, km2 } = await published();
    const claim = (id: string) => editorial.claims.find((c) => c.id === id)!;
    expect(claim('donetsk-rest-9000-km2')).toMatchObject({
      quotes: ['remaining-9000-km2'],
      quoted: 9000,
      mapped: km2('donetsk-rest-2025-08-12'),
    });
    expect(claim('donetsk-rest-3500-sq-mi').quoted).toBe(3500);
    expect(claim('donetsk-rest-3500-sq-mi').mapped).toBeCloseTo(
      km2('donetsk-rest-2025-08-12') / 2.589988,
      0,
    );
    expect(claim('donetsk-rest-3500-sq-mi').quotes).toEqual([
      'remaining-9000-km2',
      'roughly-30-percent',
    ]);
    expect(editorial.claims.filter((c) => c.unit === 'percent')).toEqual([
      expect.objectContaining({
        quoted: 30,
        quotes: ['remaining-30-percent', 'roughly-30-percent'],
      }),
    ]);
  });

  it('publish each scenario as GeoJSON with flat properties and the credits', async () => {
    const { manifest } = await published();
    for (const [id, file] of Object.entries(manifest.editorial!.scenarios)) {
      const geojson = JSON.parse(await read(file));
      expect(geojson.type, id).toBe('FeatureCollection');
      expect(geojson.credits).toContain('DeepStateMap.live');
      expect(geojson.features.length, id).toBeGreaterThan(0);
      for (const feature of geojson.features) {
        expect(feature.properties.scenario).toBe(id);
        for (const value of Object.values(feature.properties))
          expect(typeof value).not.toBe('object');
      }
    }
  });

  it('publish every area a scenario draws once, by id, in one topology for the map', async () => {
    const { manifest } = await published();
    const editorial = JSON.parse(await read(manifest.editorial!.file)) as {
      scenarios: { layers: { area: string }[] }[];
    };
    const topology = JSON.parse(await read(manifest.editorial!.areas)) as Topology;
    const ids = (topology.objects.areas as GeometryCollection<{ id: string }>).geometries.map(
      (g) => (g.properties as { id: string }).id,
    );
    const drawn = new Set(editorial.scenarios.flatMap((s) => s.layers.map((l) => l.area)));
    expect(ids.toSorted()).toEqual([...drawn].sort());
  });

  it('publish scenario-areas.csv per unit and each whole area in scenario-area-totals.csv', async () => {
    const { manifest } = await published();
    const units = csvParse(await read(manifest.editorial!.csv));
    expect(units.columns).toEqual([
      'scenario',
      'area',
      'role',
      'party',
      'date',
      'iso',
      'unit_name_en',
      'unit_name_uk',
      'unit_area_km2',
      'area_in_unit_km2',
      'area_in_unit_pct',
    ]);
    expect(units.some((r) => r.iso === 'UA')).toBe(false);
    const totals = csvParse(await read('open/scenario-area-totals.csv'));
    const rest = totals.find(
      (r) => r.scenario === 'anchorage-2025' && r.area === 'donetsk-rest-2025-08-12',
    )!;
    expect(rest).toMatchObject({ role: 'demanded', party: 'russia', date: '2025-08-12' });
  });
});
