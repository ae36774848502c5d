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

  /**
   * Shows `content` for unit `iso` (or a place's id) by the last point the reader touched, or by
   * the map's centre (`at: 'centre'`, a place the map is centred on), kept inside the map, off its
   * buttons and, on a narrow map, off the region touched.
   */
  show(iso: string, content: CalloutContent, at: 'touch' | 'centre' = 'touch'): void {
    this.iso = iso;
    this.text.textContent = content.text;
    this.open.textContent = content.openLabel;
    this.close.setAttribute('aria-label', content.closeLabel);
    this.box.hidden = false;
    this.box.style.maxWidth = '';
    const map = this.stage.querySelector<HTMLElement>('#map') ?? this.stage;
    const centre = { x: map.clientWidth / 2, y: map.clientHeight / 2 };
    const { x, y } = at === 'touch' ? (this.point ?? centre) : centre;
    const margin = 8;
    const stage = this.stage.getBoundingClientRect();
    const controls = [...this.stage.querySelectorAll<HTMLElement>('.maplibregl-ctrl-group')].map(
      (group) => {
        const r = group.getBoundingClientRect();
        return {
          left: r.left - stage.left,
          top: r.top - stage.top,
          right: r.right - stage.left,
          bottom: r.bottom - stage.top,
        };
      },
    );
    let width = this.box.offsetWidth;
    let height = this.box.offsetHeight;
    let left: number;
    let top: number;
    if (width > map.clientWidth / 2) {
      // On a narrow map (a phone) a callout above or below the point covers the region touched and
      // its neighbours: "Donetsk: 74.9% held" hid Donetsk, Luhansk and Pokrovsk. It goes to the
      // map's top or bottom edge, whichever is farther from the point; at the top, left of the
      // buttons, narrower if it must be; at the bottom, above the credit.
      const atTop = y > map.clientHeight / 2;
      // Where the room on its row ends: the buttons' left edge at the top, the map's at the bottom.
      const right = atTop
        ? Math.min(map.clientWidth, ...controls.map((c) => c.left))
        : map.clientWidth;
      if (right - 2 * margin < width) {
        this.box.style.maxWidth = `${Math.max(right - 2 * margin, 0)}px`;
        [width, height] = [this.box.offsetWidth, this.box.offsetHeight];
      }
      // At the bottom, above the control data's credit in the corner (index.html).
      const credit = this.stage.querySelector<HTMLElement>('.map-credit')?.offsetHeight ?? 0;
      top = atTop ? margin : map.clientHeight - height - margin - credit;
      left = clamp(x - width / 2, margin, right - width - margin);
    } else {
      // Above the point when there is room, else below it; never out of the map's box.
      const above = y - height - 14 >= margin ? y - height - 14 : y + 14;
      left = clamp(x - width / 2, margin, map.clientWidth - width - margin);
      top = clamp(above, margin, map.clientHeight - height - margin);
    }
    // Nor over the map's buttons (zoom, fullscreen): a button half covered is one too small to
    // hit (WCAG 2.5.8). Below them where the map has room, else beside them.
    for (const c of controls) {
      const overlaps =
        left < c.right && left + width > c.left && top < c.bottom && top + height > c.top;
      if (!overlaps) continue;
      if (c.bottom + margin + height <= map.clientHeight - margin) top = c.bottom + margin;
      else left = clamp(c.left - width - margin, margin, map.clientWidth - width - margin);
    }
    this.box.style.left = `${Math.round(left)}px`;
    this.box.style.top = `${Math.round(top)}px`;
  }

  /** The focus on the way to the panel: a keyboard's or a screen reader's next step. */
  focusOpen(): void {
    this.open.focus();
  }

  hide(): void {
    this.iso = null;
    this.box.hidden = true;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
