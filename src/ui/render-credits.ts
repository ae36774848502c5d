import type { DataManifest } from '../model/data-manifest.ts';
import type { Lang } from '../model/format-figures.ts';
import { strings } from '../model/strings.ts';
import { el } from './dom.ts';

/** Credits stay visible wherever the map is shown: the control data's licence requires it. */
export function renderCredits(
  element: HTMLElement,
  credits: DataManifest['credits'],
  lang: Lang,
): void {
  element.replaceChildren(el('ul', {}, ...creditTexts(credits, lang).map((t) => el('li', {}, t))));
}

/** The credits as the page shows them, in the reader's language. */
export function creditTexts(credits: DataManifest['credits'], lang: Lang): string[] {
  const t = strings[lang];
  return [...credits.map((c) => c.text[lang]), t.basemapCredit, t.quotesCredit];
}

/** The credits with their licences, in one line, for files readers download. */
export function creditLine(credits: DataManifest['credits'], lang: Lang): string {
  const t = strings[lang];
  return [
    ...credits.map((c) => `${c.text[lang]} (${c.licence})`),
    t.basemapCredit,
    t.quotesCredit,
  ].join('. ');
}
