import { el } from './dom.ts';

/** What a callout says and offers, in the reader's language. */
export interface CalloutContent {
  /** "Donetsk Oblast: 79.2% held by Russia". */
  text: string;
  openLabel: string;
  closeLabel: string;
}

/**
 * The small callout an embedded map shows where the reader tapped a region (issue 18): its name
 * and figure at the map, and the way to its full panel, which in an article is folded below the
 * map, a screen further down on a phone. It sits over the map, so it moves nothing.
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
    const top = y - height - 14 >= margin ? y - height - 14 : y + 14;
    this.box.style.left = `${Math.round(clamp(x - width / 2, margin, map.clientWidth - width - margin))}px`;
    this.box.style.top = `${Math.round(clamp(top, margin, map.clientHeight - height - margin))}px`;
  }

  hide(): void {
    this.iso = null;
    this.box.hidden = true;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
