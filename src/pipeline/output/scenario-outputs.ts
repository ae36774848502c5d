import { csvRecord } from '../../model/csv.ts';
import type { EditorialData } from '../../model/editorial-data.ts';
import type { ClaimCheck } from '../editorial/claim-check.ts';
import type { Editorial } from '../editorial/editorial-schema.ts';
import type { EvaluatedArea } from '../editorial/evaluate-editorial.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import { round1, round2 } from './round-to.ts';

interface UnitNames {
  iso: string;
  name_en: string;
  name_uk: string;
  areaKm2: number;
}

/**
 * One scenario's areas as GeoJSON, for readers to download: flat properties only (DESIGN.md), the
 * display geometry the map draws, and the credits as a top-level member.
 */
export function scenarioGeoJson(
  scenario: Editorial['scenarios'][number],
  editorial: Editorial,
  areas: ReadonlyMap<string, EvaluatedArea>,
  shapes: ReadonlyMap<string, MultiPolygon>,
  ukraineKm2: number,
  credits: string,
) {
  return {
    type: 'FeatureCollection',
    credits,
    features: scenario.layers.map((layer) => {
      const area = areas.get(layer.area)!;
      const named = editorial.areas.find((a) => a.id === layer.area)!;
      return {
        type: 'Feature',
        properties: {
          id: layer.area,
          role: layer.role,
          scenario: scenario.id,
          party: scenario.party ?? '',
          date: scenario.date ?? '',
          name_en: named.name.en,
          name_uk: named.name.uk,
          area_km2: round1(area.km2),
          pct_of_ukraine: round2((100 * area.km2) / ukraineKm2),
        },
        geometry: { type: 'MultiPolygon', coordinates: shapes.get(layer.area)! },
      };
    }),
  };
}

export const SCENARIO_CSV_COLUMNS = [
  'scenario',
  'area',
  'role',
  'party',
  'date',
  'iso',
  'name_en',
  'name_uk',
  'area_km2',
  'pct_of_unit',
] as const;

/**
 * scenario-areas.csv: per scenario and area, a row per unit the area touches, then a row with iso
 * "UA" for the whole. Credits travel in the first, comment line.
 */
export function scenarioAreasCsv(
  editorial: Editorial,
  areas: ReadonlyMap<string, EvaluatedArea>,
  units: UnitNames[],
  ukraineKm2: number,
  credits: string,
): string {
  const rows = [`# ${credits}`, SCENARIO_CSV_COLUMNS.join(',')];
  for (const scenario of editorial.scenarios) {
    for (const layer of scenario.layers) {
      const area = areas.get(layer.area)!;
      const base = [scenario.id, layer.area, layer.role, scenario.party ?? '', scenario.date ?? ''];
      for (const unit of units) {
        const km2 = area.byUnit[unit.iso];
        if (!km2) continue;
        rows.push(
          csvRecord([
            ...base,
            unit.iso,
            unit.name_en,
            unit.name_uk,
            km2.toFixed(1),
            ((100 * km2) / unit.areaKm2).toFixed(2),
          ]),
        );
      }
      rows.push(
        csvRecord([
          ...base,
          'UA',
          'Ukraine',
          'Україна',
          area.km2.toFixed(1),
          ((100 * area.km2) / ukraineKm2).toFixed(2),
        ]),
      );
    }
  }
  return `${rows.join('\n')}\n`;
}

/** What the UI needs of the editorial model, with every figure computed. */
export function editorialForBrowser(
  editorial: Editorial,
  areas: ReadonlyMap<string, EvaluatedArea>,
  claims: ClaimCheck[],
  ukraineKm2: number,
): EditorialData {
  return {
    parties: editorial.parties,
    sources: editorial.sources,
    speakers: editorial.speakers,
    quotes: editorial.quotes,
    scenarios: editorial.scenarios,
    areas: editorial.areas.map((a) => {
      const measured = areas.get(a.id)!;
      return {
        id: a.id,
        name: a.name,
        note: a.note ?? null,
        km2: round1(measured.km2),
        pctOfUkraine: round2((100 * measured.km2) / ukraineKm2),
        byUnit: Object.fromEntries(
          Object.entries(measured.byUnit).map(([iso, km2]) => [iso, round1(km2)]),
        ),
      };
    }),
    claims: claims.map((c) => ({
      ...c,
      mapped: round1(c.mapped),
      measuredKm2: round1(c.measuredKm2),
      wholeKm2: c.wholeKm2 === null ? null : round1(c.wholeKm2),
      note: editorial.claims.find((declared) => declared.id === c.id)!.note,
    })),
  };
}
