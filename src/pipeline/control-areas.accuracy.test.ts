import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { area, featureCollection, intersect } from '@turf/turf';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { ControlFigures, DataManifest } from '../model/data-manifest.ts';
import { controlDataDir, paths } from './paths.ts';

/**
 * The published figures against a direct turf computation on the raw inputs (the Natural Earth
 * extract itself, not our rounded copy, and DeepState's unsimplified daily file): every unit's held
 * share, less the land the border reconciliation moved, must agree within 0.5 percentage points.
 * Runs on the output of `npm run data`.
 */
const SAMPLE_DATES = ['2024-07-08', '2024-11-27', '2025-05-19', '2025-08-12', '2026-08-22'];
const TOLERANCE_POINTS = 0.5;

type Row = { date: string; iso: string; pct: number; heldKm2: number };

async function publishedRows(): Promise<Row[]> {
  const file = join(paths.outputDir, 'open/control-areas.csv');
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`${file} is missing: run \`npm run data\` before this test`);
  });
  return csvParse(text, (r) => ({
    date: r.date!,
    iso: r.iso!,
    heldKm2: Number(r.held_by_russia_km2),
    pct: Number(r.held_by_russia_pct),
  }));
}

/** The figures JSON the app reads, which also carries the km² the reconciliation moved. */
async function publishedFigures(): Promise<ControlFigures> {
  const manifest = JSON.parse(
    await readFile(join(paths.outputDir, 'manifest.json'), 'utf8'),
  ) as DataManifest;
  return JSON.parse(
    await readFile(join(paths.outputDir, manifest.files.figures), 'utf8'),
  ) as ControlFigures;
}

async function rawUnits() {
  const file = resolve(
    paths.root,
    '../shared/geodata/boundaries/ne10m_admin1_ukraine_27units.extract.geojson',
  );
  return (
    JSON.parse(await readFile(file, 'utf8')) as GeoJSON.FeatureCollection<
      GeoJSON.Polygon | GeoJSON.MultiPolygon
    >
  ).features;
}

async function rawHeld(date: string) {
  const file = join(
    controlDataDir(),
    'deepstate-daily',
    `deepstatemap_data_${date.replaceAll('-', '')}.geojson`,
  );
  return (
    JSON.parse(await readFile(file, 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.MultiPolygon>
  ).features[0]!;
}

function directHeldPct(
  unit: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>,
  held: GeoJSON.Feature<GeoJSON.MultiPolygon>,
) {
  const overlap = intersect(featureCollection([unit, held]));
  return overlap ? (100 * area(overlap)) / area(unit) : 0;
}

describe('control-areas.csv', () => {
  it.each(SAMPLE_DATES)(
    'agrees with turf on the raw files within 0.5 points for every unit on %s',
    async (date) => {
      const rows = (await publishedRows()).filter((r) => r.date === date);
      const [units, held, figures] = await Promise.all([
        rawUnits(),
        rawHeld(date),
        publishedFigures(),
      ]);
      expect(rows).toHaveLength(27);
      const d = figures.dates.indexOf(date);
      for (const unit of units) {
        const iso = unit.properties!.iso_3166_2 as string;
        const published = rows.find((r) => r.iso === iso)!;
        const u = figures.units.findIndex((f) => f.iso === iso);
        const movedPct = (100 * figures.reconciledKm2[d]![u]!) / figures.units[u]!.areaKm2;
        expect(
          Math.abs(published.pct - movedPct - directHeldPct(unit, held)),
          `${iso} on ${date}`,
        ).toBeLessThanOrEqual(TOLERANCE_POINTS);
      }
    },
  );

  it('shows how much of Donetsk oblast Russia did not hold before Istanbul and before Anchorage', async () => {
    const rows = await publishedRows();
    const donetsk = (await rawUnits()).find((u) => u.properties!.iso_3166_2 === 'UA-14')!;
    for (const date of ['2025-05-19', '2025-08-12']) {
      const published = rows.find((r) => r.date === date && r.iso === 'UA-14')!;
      const direct = 100 - directHeldPct(donetsk, await rawHeld(date));
      expect(Math.abs(100 - published.pct - direct)).toBeLessThanOrEqual(TOLERANCE_POINTS);
    }
    // Between the two dates the front moved west: the share Ukraine held shrank.
    const share = (date: string) =>
      100 - rows.find((r) => r.date === date && r.iso === 'UA-14')!.pct;
    expect(share('2025-08-12')).toBeLessThan(share('2025-05-19'));
  });

  it('counts Crimea and Sevastopol, held since 2014, as at least 99.9% held on every day of the series', async () => {
    const figures = await publishedFigures();
    // The line of 23 Feb 2022 is a reference, not a day of the series (README: "Not reconciled").
    const series = figures.heldKm2.filter((_, d) => figures.dates[d] !== '2022-02-23');
    for (const iso of ['UA-43', 'UA-40']) {
      const u = figures.units.findIndex((f) => f.iso === iso);
      const least = Math.min(...series.map((day) => day[u]!));
      expect(least / figures.units[u]!.areaKm2, iso).toBeGreaterThanOrEqual(0.999);
    }
  });

  it('holds no unit beyond its area, and gives each row’s share as its own two figures divide', async () => {
    const text = await readFile(join(paths.outputDir, 'open/control-areas.csv'), 'utf8');
    for (const r of csvParse(text)) {
      const [held, area] = [Number(r.held_by_russia_km2), Number(r.unit_area_km2)];
      expect(held, `${r.date} ${r.iso}`).toBeLessThanOrEqual(area);
      expect(r.held_by_russia_pct, `${r.date} ${r.iso}`).toBe(((100 * held) / area).toFixed(2));
    }
  });

  it('moves land only in units that meet the held area, and none in the west', async () => {
    const figures = await publishedFigures();
    const lviv = figures.units.findIndex((f) => f.iso === 'UA-46');
    const luhansk = figures.units.findIndex((f) => f.iso === 'UA-09');
    expect(figures.reconciledKm2.every((day) => day[lviv] === 0)).toBe(true);
    expect(figures.reconciledKm2.every((day) => day[luhansk]! > 100)).toBe(true);
  });

  it('puts the line of 23 February 2022 at about 44,000 km², as the geodata notes say', async () => {
    const total = (await publishedRows())
      .filter((r) => r.date === '2022-02-23')
      .reduce((sum, r) => sum + r.heldKm2, 0);
    // 43,866 km² raw (ORDLO 16,755 + Crimea 27,111); less the parts Natural Earth draws as sea.
    expect(total).toBeGreaterThan(43_000);
    expect(total).toBeLessThan(44_500);
  });
});
