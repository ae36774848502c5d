import { el } from './dom.ts';

/** What a callout says and offers, in the reader's language. */
export interface CalloutContent {
  /** "Donetsk Oblast: 79.2% held by Russia". */
  text: string;
  openLabel: string;
  closeLabel: string;
}

/**
 * The small callout the map shows where the reader clicked or tapped a region (issue 18): its name
 * and figure at the map, and the way to its full panel, which in an article is folded below the
 * map, on a phone a screen further down, on a desktop lower in the side panel. It sits over the
 * map, so it moves nothing.
 */
export class RegionCallout {
  private readonly box = el('div', { class: 'region-callout', role: 'status', hidden: true });
  private readonly text = el('p');
  private readonly open = el('button', { type: 'button', class: 'region-callout-open' });
  private readonly close = el('button', { type: 'button', class: 'region-callout-close' }, '×');
  /** Where the last tap or click on the map was, relative to the stage. */
  private point: { x: number; y: number } | null = null;
  iso: string | null = null;

  constructor(
    private readonly stage: HTMLElement,
    map: HTMLElement,
    onOpen: () => void,
  ) {
    this.box.append(
      this.text,
      el('div', { class: 'region-callout-actions' }, this.open),
      this.close,
    );
    stage.append(this.box);
    map.addEventListener('pointerup', (event) => {
      const box = stage.getBoundingClientRect();
      this.point = { x: event.clientX - box.left, y: event.clientY - box.top };
    });
    this.open.addEventListener('click', () => {
      this.hide();
      onOpen();
    });
    this.close.addEventListener('click', () => this.hide());
  }

  /** Shows `content` for unit `iso` at the last point the reader touched, kept inside the map. */
  show(iso: string, content: CalloutContent): void {
    this.iso = iso;
    this.text.textContent = content.text;
    this.open.textContent = content.openLabel;
    this.close.setAttribute('aria-label', content.closeLabel);
    this.box.hidden = false;
    const map = this.stage.querySelector<HTMLElement>('#map') ?? this.stage;
    const { x, y } = this.point ?? { x: map.clientWidth / 2, y: map.clientHeight / 2 };
    const width = this.box.offsetWidth;
    const height = this.box.offsetHeight;
    const margin = 8;
    // Above the point when there is room, else below it; never out of the map's box.
    const above = y - height - 14 >= margin ? y - height - 14 : y + 14;
    let left = clamp(x - width / 2, margin, map.clientWidth - width - margin);
    let top = clamp(above, margin, map.clientHeight - height - margin);
    // Nor over the map's buttons (zoom, fullscreen): a button half covered is one too small to
    // hit (WCAG 2.5.8). Below them where the map has room, else beside them.
    const stage = this.stage.getBoundingClientRect();
    for (const controls of this.stage.querySelectorAll<HTMLElement>('.maplibregl-ctrl-group')) {
      const r = controls.getBoundingClientRect();
      const [cl, ct, cr, cb] = [
        r.left - stage.left,
        r.top - stage.top,
        r.right - stage.left,
        r.bottom - stage.top,
      ];
      const overlaps = left < cr && left + width > cl && top < cb && top + height > ct;
      if (!overlaps) continue;
      if (cb + margin + height <= map.clientHeight - margin) top = cb + margin;
      else left = clamp(cl - width - margin, margin, map.clientWidth - width - margin);
    }
    this.box.style.left = `${Math.round(left)}px`;
    this.box.style.top = `${Math.round(top)}px`;
  }

  hide(): void {
    this.iso = null;
    this.box.hidden = true;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
