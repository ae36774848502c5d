import type {
  ClaimFigure,
  EditorialArea,
  EditorialData,
  Quote,
  Scenario,
  Source,
} from './editorial-data.ts';
import { OVERLAY_ROLES, type OverlayRole, type Role } from './roles.ts';

/** An area drawn in an overlay role by some scenario. */
export interface Overlay {
  area: string;
  role: OverlayRole;
}

/** Every area any scenario draws in an overlay role, each pairing once, in the order met. */
export function overlaysOf(editorial: EditorialData): Overlay[] {
  const seen = new Map<string, Overlay>();
  for (const scenario of editorial.scenarios) {
    for (const { area, role } of scenario.layers) {
      if (role !== 'held' && !seen.has(`${area}:${role}`))
        seen.set(`${area}:${role}`, { area, role });
    }
  }
  return [...seen.values()];
}

export interface ScenarioView {
  scenario: Scenario;
  /** Area ids per overlay role: the map's filters for this scenario. */
  drawn: Record<OverlayRole, string[]>;
  layers: { area: EditorialArea; role: Role }[];
  quotes: Quote[];
  /** The sources the quotes come from, each once, in the order first quoted. */
  sources: Source[];
}

/** What a scenario shows: its areas by role, its figures and its quotes. */
export function scenarioView(editorial: EditorialData, id: string): ScenarioView {
  const scenario = editorial.scenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`unknown scenario "${id}"`);
  const drawn = Object.fromEntries(OVERLAY_ROLES.map((role) => [role, [] as string[]])) as Record<
    OverlayRole,
    string[]
  >;
  const layers = scenario.layers.map((layer) => {
    if (layer.role !== 'held') drawn[layer.role].push(layer.area);
    return { area: areaById(editorial, layer.area), role: layer.role };
  });
  const quotes = scenario.quotes.map((q) => quoteById(editorial, q));
  return { scenario, drawn, layers, quotes, sources: sourcesOf(editorial, quotes) };
}

export function areaById(editorial: EditorialData, id: string): EditorialArea {
  const area = editorial.areas.find((a) => a.id === id);
  if (!area) throw new Error(`unknown area "${id}"`);
  return area;
}

export function quoteById(editorial: EditorialData, id: string): Quote {
  const quote = editorial.quotes.find((q) => q.id === id);
  if (!quote) throw new Error(`unknown quote "${id}"`);
  return quote;
}

export function sourceOf(editorial: EditorialData, quote: Quote): Source {
  const source = editorial.sources.find((s) => s.id === quote.source);
  if (!source) throw new Error(`quote "${quote.id}" names an unknown source "${quote.source}"`);
  return source;
}

export function sourcesOf(editorial: EditorialData, quotes: readonly Quote[]): Source[] {
  return [...new Set(quotes.map((q) => q.source))].map((id) =>
    sourceOf(
      editorial,
      quotes.find((q) => q.source === id)!,
    ),
  );
}

/** The figures the sources state about an area, beside what the map measures. */
export function claimsAbout(editorial: EditorialData, areaIds: readonly string[]): ClaimFigure[] {
  return editorial.claims.filter((c) => areaIds.includes(c.area));
}
