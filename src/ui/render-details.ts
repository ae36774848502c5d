import { sourceCitation } from '../model/citation.ts';
import { claimsStatedBy } from '../model/claim-checks.ts';
import type { ClaimFigure, EditorialData, Quote } from '../model/editorial-data.ts';
import { formatDate, formatKm2, formatPercent, type Lang } from '../model/format-figures.ts';
import type { AreaDetails, UnitDetails } from '../model/region-details.ts';
import type { ScenarioView } from '../model/scenario-view.ts';
import { strings } from '../model/strings.ts';
import { placeStrings } from '../model/place-strings.ts';
import { el } from './dom.ts';
import { changeSection } from './render-change.ts';
import { renderClaimChecks } from './render-claim-checks.ts';
import { renderCitation, renderQuote } from './render-quote.ts';

export interface DetailsContext {
  lang: Lang;
  editorial: EditorialData;
  /** The date the map shows. */
  date: string;
  ukraineKm2: number;
  /** For an area: the gazetteer's places inside it, in a sentence (areaPlacesSummary); else null. */
  areaPlaces?: string | null;
  openArea: (id: string) => void;
  openUnit: (iso: string) => void;
  showDate: (date: string) => void;
  close: () => void;
}

/**
 * The details panel: a heading with the name of what is shown, its figures and the quotes behind
 * it. Without a selection it describes the scenario; a unit or an area replaces that until closed.
 */
export function renderDetails(
  element: HTMLElement,
  content: ScenarioView | UnitDetails | AreaDetails,
  context: DetailsContext,
): HTMLHeadingElement {
  const body =
    'kind' in content
      ? content.kind === 'unit'
        ? unitBody(content, context)
        : areaBody(content, context)
      : scenarioBody(content, context);
  element.replaceChildren(...body);
  element.dataset.kind = 'kind' in content ? content.kind : 'scenario';
  return element.querySelector('h2')!;
}

function scenarioBody(view: ScenarioView, c: DetailsContext): Node[] {
  const t = strings[c.lang];
  const { scenario } = view;
  const party = c.editorial.parties.find((p) => p.id === scenario.party);
  const nodes: Node[] = [
    el('h2', { tabindex: '-1' }, scenario.title[c.lang]),
    el('p', {}, scenario.summary[c.lang]),
  ];
  const facts: Node[] = [];
  if (party) facts.push(el('dt', {}, t.party), el('dd', {}, party.name[c.lang]));
  if (scenario.date) {
    facts.push(
      el('dt', {}, t.measuredOn),
      el(
        'dd',
        {},
        formatDate(scenario.date, c.lang),
        scenario.dateNote ? el('span', { class: 'note' }, ` — ${scenario.dateNote[c.lang]}`) : null,
      ),
    );
  }
  if (facts.length) nodes.push(el('dl', { class: 'facts' }, ...facts));
  if (scenario.date && scenario.date !== c.date) {
    const back = el(
      'button',
      { type: 'button', class: 'link-button' },
      t.showScenarioDate(scenario.date),
    );
    back.addEventListener('click', () => c.showDate(scenario.date!));
    nodes.push(
      el('p', { class: 'date-mismatch' }, t.elsewhereDate(scenario.date, c.date), ' ', back),
    );
  }
  if (view.layers.length) {
    nodes.push(el('h3', {}, t.implies));
    nodes.push(
      el(
        'ul',
        { class: 'figures' },
        ...view.layers.map(({ area, role }) =>
          el(
            'li',
            { 'data-role': role },
            el('span', { class: 'role' }, t.roles[role]),
            areaButton(area.id, area.name[c.lang], c),
            el(
              'span',
              { class: 'figure' },
              `${formatKm2(area.km2, c.lang)} · ${formatPercent(area.pctOfUkraine / 100, c.lang)} ${t.ofUkraine}`,
            ),
          ),
        ),
      ),
    );
  }
  if (scenario.unmapped?.length) {
    nodes.push(
      el('h3', {}, t.notDrawn),
      el('ul', {}, ...scenario.unmapped.map((u) => el('li', {}, u[c.lang]))),
    );
  }
  // The scenario panel has no figures section of its own: each figure is checked beside its quote.
  if (view.quotes.length) nodes.push(...quotesSection(view.quotes, c, true));
  if (view.sources.length) {
    nodes.push(
      el('h3', {}, t.sources),
      el(
        'ul',
        { class: 'sources' },
        ...view.sources.map((source) =>
          el('li', {}, renderCitation(sourceCitation(source, c.lang), c.lang)),
        ),
      ),
    );
  }
  return nodes;
}

function unitBody(d: UnitDetails, c: DetailsContext): Node[] {
  const t = strings[c.lang];
  const nodes: Node[] = [
    header(d.name[c.lang], c),
    el(
      'dl',
      { class: 'facts' },
      el('dt', {}, t.area),
      el('dd', {}, formatKm2(d.areaKm2, c.lang)),
      el('dt', {}, `${t.heldByRussia}, ${formatDate(c.date, c.lang)}`),
      el(
        'dd',
        { 'data-figure': 'held' },
        `${formatKm2(d.heldKm2, c.lang)} (${formatPercent(d.heldKm2 / d.areaKm2, c.lang)} ${t.ofUnit})`,
      ),
    ),
    ...(d.change ? changeSection(d.change, c.lang) : []),
    el('h3', {}, t.inScenarios),
  ];
  nodes.push(
    d.effects.length
      ? el(
          'ul',
          { class: 'figures' },
          ...d.effects.map((e) =>
            el(
              'li',
              { 'data-role': e.role },
              el('span', { class: 'role' }, `${e.scenario.title[c.lang]}: ${t.roles[e.role]}`),
              areaButton(e.area.id, e.area.name[c.lang], c),
              el(
                'span',
                { class: 'figure' },
                `${formatKm2(e.km2, c.lang)} · ${formatPercent(e.shareOfUnit, c.lang)} ${t.ofUnit}`,
              ),
            ),
          ),
        )
      : el('p', {}, t.noScenarioTouches),
  );
  nodes.push(...claimsSection(d.claims, c), ...quotesSection(d.quotes, c));
  return nodes;
}

function areaBody(d: AreaDetails, c: DetailsContext): Node[] {
  const t = strings[c.lang];
  const nodes: Node[] = [header(d.area.name[c.lang], c)];
  if (d.area.note) nodes.push(el('p', { class: 'note' }, d.area.note[c.lang]));
  nodes.push(
    el(
      'dl',
      { class: 'facts' },
      el('dt', {}, t.area),
      el(
        'dd',
        {},
        `${formatKm2(d.area.km2, c.lang)} · ${formatPercent(d.area.pctOfUkraine / 100, c.lang)} ${t.ofUkraine}`,
      ),
      el('dt', {}, t.inScenarios),
      el(
        'dd',
        {},
        d.usedBy.map((u) => `${u.scenario.title[c.lang]} (${t.roles[u.role]})`).join('; '),
      ),
    ),
    el('h3', {}, t.byUnit),
    el(
      'ul',
      { class: 'figures' },
      ...d.byUnit.map((u) => {
        const button = el('button', { type: 'button', class: 'link-button' }, u.name[c.lang]);
        button.addEventListener('click', () => c.openUnit(u.iso));
        return el(
          'li',
          {},
          button,
          el(
            'span',
            { class: 'figure' },
            `${formatKm2(u.km2, c.lang)} · ${formatPercent(u.shareOfUnit, c.lang)} ${t.ofUnit}`,
          ),
        );
      }),
    ),
  );
  if (c.areaPlaces)
    nodes.push(
      el('h3', {}, placeStrings[c.lang].areaPlacesHeading),
      el('p', { class: 'area-places' }, c.areaPlaces),
    );
  nodes.push(...claimsSection(d.claims, c), ...quotesSection(d.quotes, c));
  return nodes;
}

function header(name: string, c: DetailsContext): HTMLElement {
  const close = el(
    'button',
    { type: 'button', class: 'close', 'aria-label': strings[c.lang].close },
    '×',
  );
  close.addEventListener('click', c.close);
  return el('div', { class: 'details-head' }, el('h2', { tabindex: '-1' }, name), close);
}

function areaButton(id: string, name: string, c: DetailsContext): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'link-button', 'data-area': id }, name);
  button.addEventListener('click', () => c.openArea(id));
  return button;
}

function claimsSection(claims: ClaimFigure[], c: DetailsContext): Node[] {
  if (!claims.length) return [];
  return [
    el('h3', {}, strings[c.lang].claimChecks),
    renderClaimChecks(claims, c.editorial, c.lang),
  ];
}

function quotesSection(quotes: Quote[], c: DetailsContext, withClaims = false): Node[] {
  const t = strings[c.lang];
  if (!quotes.length) return [el('h3', {}, t.quotesHeading), el('p', {}, t.noQuotes)];
  return [
    el('h3', {}, t.quotesHeading),
    ...quotes.map((q) => {
      const claims = withClaims ? claimsStatedBy(c.editorial, q) : [];
      return renderQuote(
        q,
        c.editorial,
        c.lang,
        claims.length ? renderClaimChecks(claims, c.editorial, c.lang) : null,
      );
    }),
  ];
}
