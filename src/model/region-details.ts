import type { ControlFigures } from './data-manifest.ts';
import type {
  ClaimFigure,
  EditorialArea,
  EditorialData,
  Quote,
  Role,
  Scenario,
} from './editorial-data.ts';
import type { Localized } from './editorial-data.ts';
import type { PlaceChange } from './places-changed.ts';
import { areaById, claimsAbout } from './scenario-view.ts';
import type { UnitChange } from './unit-change.ts';

/** What one scenario would do to a unit: the part of one of its areas that lies inside it. */
export interface ScenarioEffect {
  scenario: Scenario;
  area: EditorialArea;
  role: Role;
  km2: number;
  /** Share of the unit, 0..1. */
  shareOfUnit: number;
}

export interface UnitDetails {
  kind: 'unit';
  iso: string;
  name: Localized;
  areaKm2: number;
  heldKm2: number;
  effects: ScenarioEffect[];
  quotes: Quote[];
  claims: ClaimFigure[];
  /** With `since`: what changed hands in the unit, and its places that did, once computed. */
  change?: UnitComparison;
}

export interface UnitComparison {
  since: string;
  date: string;
  row: UnitChange;
  places: PlaceChange[];
}

export interface AreaDetails {
  kind: 'area';
  area: EditorialArea;
  /** The scenarios that draw the area, with the role each gives it. */
  usedBy: { scenario: Scenario; role: Role }[];
  /** km² per unit, largest first. */
  byUnit: { iso: string; name: Localized; km2: number; shareOfUnit: number }[];
  quotes: Quote[];
  claims: ClaimFigure[];
}

export type RegionDetails = UnitDetails | AreaDetails;

/**
 * Everything the details panel says about a unit on a date: its figures, the part of each scenario
 * area inside it, and the quotes that name it or an area reaching into it (naming ones first).
 */
export function unitDetails(
  iso: string,
  date: string,
  editorial: EditorialData,
  figures: ControlFigures,
): UnitDetails {
  const u = figures.units.findIndex((unit) => unit.iso === iso);
  const d = figures.dates.indexOf(date);
  if (u === -1) throw new Error(`unknown unit "${iso}"`);
  if (d === -1) throw new Error(`no figures for ${date}`);
  const unit = figures.units[u]!;
  const effects: ScenarioEffect[] = [];
  for (const scenario of editorial.scenarios) {
    for (const layer of scenario.layers) {
      const area = areaById(editorial, layer.area);
      const km2 = area.byUnit[iso] ?? 0;
      if (km2 > 0)
        effects.push({ scenario, area, role: layer.role, km2, shareOfUnit: km2 / unit.areaKm2 });
    }
  }
  const touching = editorial.areas.filter((a) => (a.byUnit[iso] ?? 0) > 0).map((a) => a.id);
  const naming = editorial.quotes.filter((q) => q.about.units?.includes(iso));
  const viaAreas = editorial.quotes.filter(
    (q) => !naming.includes(q) && q.about.areas?.some((a) => touching.includes(a)),
  );
  return {
    kind: 'unit',
    iso,
    name: { en: unit.name_en, uk: unit.name_uk },
    areaKm2: unit.areaKm2,
    heldKm2: figures.heldKm2[d]![u]!,
    effects,
    quotes: [...naming, ...viaAreas],
    claims: claimsAbout(editorial, touching),
  };
}

/** Everything the details panel says about one area a scenario draws. */
export function areaDetails(
  id: string,
  editorial: EditorialData,
  figures: ControlFigures,
): AreaDetails {
  const area = areaById(editorial, id);
  const usedBy = editorial.scenarios.flatMap((scenario) =>
    scenario.layers.filter((l) => l.area === id).map((l) => ({ scenario, role: l.role })),
  );
  const byUnit = figures.units
    .filter((unit) => (area.byUnit[unit.iso] ?? 0) > 0)
    .map((unit) => {
      const km2 = area.byUnit[unit.iso]!;
      return {
        iso: unit.iso,
        name: { en: unit.name_en, uk: unit.name_uk },
        km2,
        shareOfUnit: km2 / unit.areaKm2,
      };
    })
    .sort((a, b) => b.km2 - a.km2);
  return {
    kind: 'area',
    area,
    usedBy,
    byUnit,
    quotes: editorial.quotes.filter((q) => q.about.areas?.includes(id)),
    claims: claimsAbout(editorial, [id]),
  };
}
