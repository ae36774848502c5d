import { claimCheckText } from '../model/claim-checks.ts';
import type { ClaimFigure, EditorialData } from '../model/editorial-data.ts';
import type { Lang } from '../model/format-figures.ts';
import { strings } from '../model/strings.ts';
import { el } from './dom.ts';
import { inLanguage } from './in-language.ts';

/**
 * One row per distinct quoted figure: the quoted and the mapped figure side by side, who states it
 * where, and what the map measures and why the two may differ.
 */
export function renderClaimChecks(
  claims: readonly ClaimFigure[],
  editorial: EditorialData,
  lang: Lang,
): HTMLElement {
  return el(
    'ul',
    { class: 'claims', 'aria-label': strings[lang].claimChecks },
    ...claims.map((claim) => {
      const text = claimCheckText(claim, editorial, lang);
      return el(
        'li',
        { 'data-claim': claim.id },
        el('p', { class: 'claim-figures' }, text.figures),
        el('p', { class: 'claim-stated-by' }, ...inLanguage(text.statedBy, text.foreign, lang)),
        el('p', { class: 'claim-why' }, text.why),
      );
    }),
  );
}
