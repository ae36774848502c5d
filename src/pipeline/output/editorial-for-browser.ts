import type { EditorialData } from '../../model/editorial-data.ts';
import type { ClaimCheck } from '../editorial/claim-check.ts';
import type { Editorial } from '../editorial/editorial-schema.ts';
import type { EvaluatedArea, RoleTotal } from '../editorial/evaluate-editorial.ts';
import { round1, round2 } from './round-to.ts';

/** What the UI needs of the editorial model, with every figure computed. */
export function editorialForBrowser(
  editorial: Editorial,
  areas: ReadonlyMap<string, EvaluatedArea>,
  claims: ClaimCheck[],
  ukraineKm2: number,
  roleTotals: ReadonlyMap<string, readonly RoleTotal[]> = new Map(),
): EditorialData {
  return {
    parties: editorial.parties,
    sources: editorial.sources,
    speakers: editorial.speakers,
    quotes: editorial.quotes,
    scenarios: editorial.scenarios.map((scenario) => ({
      ...scenario,
      totals: (roleTotals.get(scenario.id) ?? []).map(({ role, km2 }) => ({
        role,
        km2: round1(km2),
        pctOfUkraine: round2((100 * km2) / ukraineKm2),
      })),
    })),
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
