import { describe, expect, it } from 'vitest';
import { fixtureEditorial, fixtureFigures } from './editorial-fixture.ts';
import { scenarioView } from './scenario-view.ts';
import { controlGeoJson, viewFiguresCsv } from './view-downloads.ts';

describe('viewFiguresCsv', () => {
  const csv = viewFiguresCsv(
    fixtureFigures,
    scenarioView(fixtureEditorial, 'demand'),
    '2025-05-17',
    1900,
    'DeepStateMap.live (all rights reserved), Natural Earth',
  );
  const lines = csv.split('\r\n');

  it('starts with the header, no comment line before it, and ends every record with CRLF', () => {
    expect(lines[0]).toBe(
      'scenario,date,level,iso,unit_name_en,unit_name_uk,unit_area_km2,held_by_russia_km2,held_by_russia_pct,held_held_km2,rest_demanded_km2,source',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has a row per unit with the figures of the date and each scenario area', () => {
    expect(lines[2]).toBe(
      'demand,2025-05-17,unit,UA-14,Donetsk,Донецька область,900.0,510.0,56.67,500.0,400.0,"DeepStateMap.live (all rights reserved), Natural Earth"',
    );
  });

  it('ends with the whole of Ukraine, typed as the country so a sum over units leaves it out', () => {
    expect(lines.at(-2)).toBe(
      'demand,2025-05-17,country,UA,Ukraine,Україна,1900.0,610.0,32.11,600.0,400.0,"DeepStateMap.live (all rights reserved), Natural Earth"',
    );
  });
});

describe('controlGeoJson', () => {
  it('keeps the geometry, flattens the properties and carries the credits', () => {
    const geometry: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [30, 48],
          [31, 48],
          [31, 49],
          [30, 48],
        ],
      ],
    };
    const out = controlGeoJson(
      {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { kind: 'held' }, geometry }],
      },
      '2025-05-17',
      610,
      'credits',
    );
    expect(out).toEqual({
      type: 'FeatureCollection',
      credits: 'credits',
      features: [
        {
          type: 'Feature',
          properties: { kind: 'held', date: '2025-05-17', held_by_russia_km2: 610 },
          geometry,
        },
      ],
    });
  });
});
