import { formatShortDate, type Lang } from '../../model/format-figures.ts';
import { UNIT_CODES } from '../boundaries/unit-codes.ts';
import type { AreaExpression, Editorial } from './editorial-schema.ts';
import { validateCitations } from './validate-citations.ts';
import type { ValidationContext } from './validation-context.ts';

type EditorialFile = Parameters<ValidationContext['fileLabel']>[0];

/** What every check shares: where problems go, the ids each kind of reference may name. */
interface Checker {
  context: ValidationContext;
  report: (file: EditorialFile, path: string, problem: string) => void;
  known: (
    file: EditorialFile,
    path: string,
    kind: string,
    id: string,
    set: ReadonlySet<string>,
  ) => void;
  onTimeline: (file: EditorialFile, path: string, date: string) => void;
  ids: Record<
    'parties' | 'sources' | 'quotes' | 'areas' | 'scenarios' | 'units',
    ReadonlySet<string>
  >;
}

/**
 * Checks what the schema cannot: that ids are unique and every reference resolves, that each quote
 * is word for word in its seed, that every date is on the timeline, that area expressions refer to
 * real units and areas without cycles, and that every scenario and every seed is cited.
 * Returns one line per problem; an empty list means the editorial model is sound.
 */
export function validateEditorial(editorial: Editorial, context: ValidationContext): string[] {
  const problems: string[] = [];
  const report: Checker['report'] = (file, path, problem) =>
    problems.push(`${context.fileLabel(file)}: ${path}: ${problem}`);
  const idsOf = <T extends { id: string }>(file: EditorialFile, items: T[]) => {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, i);
      else report(file, `${file}[${i}].id`, `"${item.id}" is already used by ${file}[${earlier}]`);
    });
    return new Set(first.keys());
  };
  const checker: Checker = {
    context,
    report,
    known: (file, path, kind, id, set) => {
      if (!set.has(id)) report(file, path, `unknown ${kind} "${id}"`);
    },
    onTimeline: (file, path, date) => {
      if (!context.timeline.has(date))
        report(file, path, `${date} is not a date the timeline has data for`);
    },
    ids: {
      parties: idsOf('parties', editorial.parties),
      sources: idsOf('sources', editorial.sources),
      quotes: idsOf('quotes', editorial.quotes),
      areas: idsOf('areas', editorial.areas),
      scenarios: idsOf('scenarios', editorial.scenarios),
      units: new Set<string>(UNIT_CODES),
    },
  };
  editorial.sources.forEach((source, i) => {
    if (!context.seeds.has(source.seed)) {
      report('sources', `sources[${i}].seed`, `no seed file ${context.seedLabel(source.seed)}`);
    }
  });
  checkQuotes(editorial, checker);
  checkAreas(editorial, checker);
  checkScenarios(editorial, checker);
  checkEverySourceCited(editorial, checker);
  problems.push(...validateCitations(editorial, context));
  return problems;
}

function checkQuotes(editorial: Editorial, { context, report, known, ids }: Checker) {
  const seedOf = new Map(editorial.sources.map((s) => [s.id, s.seed]));
  editorial.quotes.forEach((quote, i) => {
    const path = `quotes[${i}]`;
    known('quotes', `${path}.source`, 'source', quote.source, ids.sources);
    const seed = seedOf.get(quote.source);
    const text = seed ? context.seeds.get(seed) : undefined;
    if (seed && text !== undefined && !text.includes(quote.text)) {
      report(
        'quotes',
        `${path}.text`,
        `quote "${quote.id}" is not word for word in ${context.seedLabel(seed)}${closestHint(quote.text, text)}`,
      );
    }
    if (quote.party) known('quotes', `${path}.party`, 'party', quote.party, ids.parties);
    quote.about.areas?.forEach((a, j) =>
      known('quotes', `${path}.about.areas[${j}]`, 'area', a, ids.areas),
    );
    quote.about.units?.forEach((u, j) =>
      known('quotes', `${path}.about.units[${j}]`, 'unit', u, ids.units),
    );
    quote.about.scenarios?.forEach((s, j) =>
      known('quotes', `${path}.about.scenarios[${j}]`, 'scenario', s, ids.scenarios),
    );
    quote.about.places?.forEach((id, j) => {
      const names = context.places.get(id);
      if (!names) report('quotes', `${path}.about.places[${j}]`, `unknown place "${id}"`);
      // The map names a place first because a source does: the quote must be where it does.
      else if (!names.some((name) => quote.text.includes(name)))
        report(
          'quotes',
          `${path}.about.places[${j}]`,
          `quote "${quote.id}" does not name "${id}"; expected one of ${names.map((n) => `"${n}"`).join(', ')} in its text`,
        );
    });
  });
}

function checkAreas(editorial: Editorial, { report, known, onTimeline, ids }: Checker) {
  const expressionOf = new Map(editorial.areas.map((a) => [a.id, a.expression]));
  editorial.areas.forEach((area, i) => {
    const held: string[] = [];
    walkExpression(area.expression, `areas[${i}].expression`, (node, path) => {
      if ('units' in node)
        node.units.forEach((u, j) => known('areas', `${path}.units[${j}]`, 'unit', u, ids.units));
      if ('held' in node) {
        onTimeline('areas', `${path}.held`, node.held);
        held.push(node.held);
      }
      if ('area' in node) known('areas', `${path}.area`, 'area', node.area, ids.areas);
    });
    const cycle = findCycle(area.id, expressionOf);
    if (cycle) report('areas', `areas[${i}].expression`, `refers to itself: ${cycle.join(' → ')}`);
    for (const lang of ['en', 'uk'] as const) {
      const problem = nameDateProblem(area.name[lang], held, lang);
      if (problem) report('areas', `areas[${i}].name.${lang}`, problem);
    }
  });
}

/**
 * A date an area's name gives in brackets at its end, "Held by Russia (12 Aug 2025)", must be a
 * day its expression holds, written as the app writes a date in brackets (legend-content.ts,
 * "12 серп. 2025 р."): the name then cannot say another day than the area drawn, nor say it in
 * another form than the legend beside it. Null where the name is sound.
 */
function nameDateProblem(name: string, held: readonly string[], lang: Lang): string | null {
  const dated = /\(([^()]*\d{4}[^()]*)\)$/.exec(name.trim());
  if (!dated) return null;
  const expected = held.map((date) => formatShortDate(date, lang, true));
  if (expected.includes(dated[1]!)) return null;
  // As JSON would escape it: a no-break space (the app's, before "р.") is otherwise unseen.
  const shown = (text: string) => `"${text.replace(/\u00a0/g, '\\u00a0')}"`;
  return expected.length === 0
    ? `gives the date ${shown(dated[1]!)}, but its expression holds no day`
    : `gives the date ${shown(dated[1]!)}; expected ${expected.map(shown).join(' or ')} (its expression's day, as the legend writes a date)`;
}

function checkScenarios(editorial: Editorial, { report, known, onTimeline, ids }: Checker) {
  editorial.scenarios.forEach((scenario, i) => {
    const path = `scenarios[${i}]`;
    if (scenario.party) known('scenarios', `${path}.party`, 'party', scenario.party, ids.parties);
    else if (!scenario.timeline)
      report('scenarios', `${path}.party`, 'expected the party whose position it is');
    if (scenario.timeline) {
      if (scenario.layers.length > 0) {
        report(
          'scenarios',
          `${path}.layers`,
          'the timeline scenario draws the control layer; expected no layers',
        );
      }
      if (scenario.date) {
        report(
          'scenarios',
          `${path}.date`,
          'the timeline scenario follows the chosen date; expected none',
        );
      }
    } else {
      if (scenario.date) onTimeline('scenarios', `${path}.date`, scenario.date);
      else report('scenarios', `${path}.date`, 'expected the date its areas are measured on');
      if (scenario.quotes.length === 0) {
        report('scenarios', `${path}.quotes`, `scenario "${scenario.id}" cites nothing`);
      }
    }
    scenario.layers.forEach((layer, j) =>
      known('scenarios', `${path}.layers[${j}].area`, 'area', layer.area, ids.areas),
    );
    scenario.quotes.forEach((q, j) =>
      known('scenarios', `${path}.quotes[${j}]`, 'quote', q, ids.quotes),
    );
  });
}

/** A seed counts as cited only through a quote some scenario shows. */
function checkEverySourceCited(editorial: Editorial, { report }: Checker) {
  const shown = new Set(editorial.scenarios.flatMap((s) => s.quotes));
  const cited = new Set(editorial.quotes.filter((q) => shown.has(q.id)).map((q) => q.source));
  editorial.sources.forEach((source, i) => {
    if (!cited.has(source.id)) {
      report(
        'sources',
        `sources[${i}]`,
        `source "${source.id}" is cited by no quote that a scenario shows`,
      );
    }
  });
}

function walkExpression(
  node: AreaExpression,
  path: string,
  visit: (node: AreaExpression, path: string) => void,
): void {
  visit(node, path);
  for (const key of ['union', 'intersection', 'difference'] as const) {
    if (key in node) {
      (node as Record<typeof key, AreaExpression[]>)[key].forEach((child, i) =>
        walkExpression(child, `${path}.${key}[${i}]`, visit),
      );
    }
  }
}

function findCycle(
  start: string,
  expressionOf: ReadonlyMap<string, AreaExpression>,
): string[] | null {
  const search = (id: string, trail: string[]): string[] | null => {
    const expression = expressionOf.get(id);
    if (!expression) return null;
    const references: string[] = [];
    walkExpression(expression, '', (node) => {
      if ('area' in node) references.push(node.area);
    });
    for (const next of references) {
      if (next === start) return [...trail, next];
      if (!trail.includes(next)) {
        const found = search(next, [...trail, next]);
        if (found) return found;
      }
    }
    return null;
  };
  return search(start, [start]);
}

/** Points at the first character where the quote stops matching the seed, to make a typo quick to find. */
function closestHint(quote: string, text: string): string {
  let longest = 0;
  for (let length = 1; length <= quote.length; length++) {
    if (!text.includes(quote.slice(0, length))) break;
    longest = length;
  }
  if (longest < 10) return '';
  return ` (it matches up to "…${quote.slice(Math.max(0, longest - 20), longest)}", then differs)`;
}
