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
  const t = strings[lang];
  const texts = [
    ...credits.map((c) => t.creditText[c.id] ?? c.text),
    t.basemapCredit,
    t.quotesCredit,
  ];
  element.replaceChildren(el('ul', {}, ...texts.map((text) => el('li', {}, text))));
}
