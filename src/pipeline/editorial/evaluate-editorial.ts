import { OVERLAY_ROLES, type OverlayRole } from '../../model/roles.ts';
import { union } from '../geometry/intersect.ts';
import { measureWithin, type Zone } from '../geometry/measure-within.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import { sumOfRounded1 } from '../output/round-to.ts';
import { checkClaim, type ClaimCheck, type MeasuredArea } from './claim-check.ts';
import type { Editorial } from './editorial-schema.ts';
import { createAreaEvaluator, type AreaInputs } from './evaluate-area.ts';

export interface EvaluatedArea extends MeasuredArea {
  id: string;
  /** Unsimplified; every figure is measured on these. */
  polygons: MultiPolygon;
}

/** What a scenario draws in one role, all its areas in that role together, in km² inside Ukraine. */
export interface RoleTotal {
  role: OverlayRole;
  km2: number;
}

/**
 * Evaluates every named area into polygons, measures it inside each unit (so land outside Ukraine,
 * such as sea inside a held polygon, never counts), checks every figure the quotes state, once per
 * distinct figure, and measures what each scenario draws in each role but `held` (the held land is
 * the date's figure): the union of its areas in that role, so that two areas that overlap count
 * once.
 */
export function evaluateEditorial(
  editorial: Editorial,
  inputs: AreaInputs,
  units: (Zone & { areaKm2: number })[],
): {
  areas: Map<string, EvaluatedArea>;
  claims: ClaimCheck[];
  roleTotals: Map<string, RoleTotal[]>;
} {
  const evaluate = createAreaEvaluator(
    new Map(editorial.areas.map((a) => [a.id, a.expression])),
    inputs,
  );
  const areas = new Map<string, EvaluatedArea>();
  for (const area of editorial.areas) {
    const polygons = evaluate({ area: area.id });
    const byUnit = Object.fromEntries(
      [...measureWithin(polygons, units)].filter(([, km2]) => km2 > 0),
    );
    // As published: the units' figures added, so that an area's rows add up to its total.
    const km2 = sumOfRounded1(Object.values(byUnit));
    areas.set(area.id, { id: area.id, polygons, km2, byUnit });
  }
  const unitArea = new Map(units.map((u) => [u.id, u.areaKm2]));
  const claims = editorial.claims.map((claim) =>
    checkClaim(
      claim,
      editorial.quotes.filter((q) => q.claims?.includes(claim.id)).map((q) => q.id),
      areas.get(claim.area)!,
      (iso) => unitArea.get(iso) ?? 0,
    ),
  );
  const roleTotals = new Map(
    editorial.scenarios.map((scenario) => [
      scenario.id,
      OVERLAY_ROLES.flatMap((role) => {
        const inRole = scenario.layers
          .filter((l) => l.role === role)
          .map((l) => areas.get(l.area)!);
        if (inRole.length === 0) return [];
        const km2 =
          inRole.length === 1
            ? inRole[0]!.km2
            : sumOfRounded1(measureWithin(union(...inRole.map((a) => a.polygons)), units).values());
        return [{ role, km2 }];
      }),
    ]),
  );
  return { areas, claims, roleTotals };
}
