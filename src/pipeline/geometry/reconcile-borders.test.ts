import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaKm2 } from './area-km2.ts';
import { landAlong, landOf, reconcileBorders } from './reconcile-borders.ts';
import { boxAreaKm2 } from './test-shapes.ts';
import type { MultiPolygon } from './types.ts';

// Input/output pairs, as in turf's tests: each folder's in.geojson holds the land and the held area,
// out.geojson adds the pieces moved to the held side (orange), so either opens as a picture in a
// GeoJSON viewer. REGENERATE=1 npx vitest run reconcile-borders rewrites the outputs.
const fixtures = join(import.meta.dirname, 'fixtures/reconcile-borders');

interface Fixture {
  type: 'FeatureCollection';
  features: { properties: { role: string }; geometry: { coordinates: MultiPolygon } }[];
}

function run(name: string) {
  const input = JSON.parse(readFileSync(join(fixtures, name, 'in.geojson'), 'utf8')) as Fixture;
  const role = (r: string) => input.features.find((f) => f.properties.role === r)?.geometry;
  const land = landOf(role('land')!.coordinates);
  // A unit whose border the held line follows by definition, as Crimea's on 23 February 2022.
  const followed = role('followed-unit');
  const { moved } = reconcileBorders(
    role('held')!.coordinates,
    followed ? landAlong(land, [followed.coordinates]) : land,
  );
  const output = {
    ...input,
    features: [
      ...input.features,
      {
        type: 'Feature',
        properties: { role: 'moved', fill: '#ff7f0e', stroke: '#ff7f0e' },
        geometry: { type: 'MultiPolygon', coordinates: moved },
      },
    ],
  };
  const outFile = join(fixtures, name, 'out.geojson');
  if (process.env.REGENERATE) {
    writeFileSync(outFile, `${JSON.stringify(output, null, 2)}\n`);
  }
  return { moved, output, expected: JSON.parse(readFileSync(outFile, 'utf8')) as unknown };
}

describe('reconcileBorders', () => {
  it('moves a strip left between the held area and the border to the held side', () => {
    const { moved } = run('strip-along-border');
    expect(moved).toHaveLength(1);
    expect(areaKm2(moved)).toBeCloseTo(boxAreaKm2([37.98, 47, 38, 48]), 3);
  });

  it('keeps a cut-off piece along the border that is wider than the tolerance', () => {
    expect(run('wide-piece-along-border').moved).toEqual([]);
  });

  it('keeps a pocket at the front, which the held area surrounds on every side', () => {
    expect(run('pocket-at-front').moved).toEqual([]);
  });

  it('keeps an island that no held ground touches', () => {
    expect(run('free-island').moved).toEqual([]);
  });

  it('moves a strip inside a unit whose border the held line follows, though free land is across', () => {
    const { moved } = run('strip-inside-followed-unit');
    expect(moved).toHaveLength(1);
    expect(areaKm2(moved)).toBeCloseTo(boxAreaKm2([37, 47, 37.02, 48]), 3);
  });

  it('keeps that strip when the line follows no unit: it is part of the free land across', () => {
    const input = JSON.parse(
      readFileSync(join(fixtures, 'strip-inside-followed-unit/in.geojson'), 'utf8'),
    ) as Fixture;
    const [land, , held] = input.features.map((f) => f.geometry.coordinates);
    expect(reconcileBorders(held!, landOf(land!)).moved).toEqual([]);
  });

  it('moves nothing when nothing is held', () => {
    expect(reconcileBorders([], landOf([])).moved).toEqual([]);
  });

  it.each(readdirSync(fixtures))('gives the stored output for %s', (name) => {
    const { output, expected } = run(name);
    expect(output).toEqual(expected);
  });
});
