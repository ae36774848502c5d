import type { Lang } from '../model/format-figures.ts';
import type { EmbedSnippets } from '../model/embed-snippets.ts';
import { strings } from '../model/strings.ts';
import { el } from './dom.ts';

export interface ShareActions {
  /** The address of the current view, for readers; with the colour theme shown only if asked. */
  link: (withTheme: boolean) => string;
  snippets: () => EmbedSnippets;
  /** Each makes a file of the current view and returns its name and contents. */
  png: (pixelRatio: number) => Promise<{ name: string; blob: Blob }>;
  geojson: () => Promise<{ name: string; blob: Blob }>;
  csv: () => { name: string; blob: Blob };
  /** Addresses of the open data at their stable paths, datapackage.json (which describes them) first. */
  openData: readonly string[];
}

/**
 * "Share and download": copy a link to the view, embed it (both snippets, with a preview), and
 * download it as a picture, its areas as GeoJSON and its figures as CSV.
 */
export class SharePanel {
  private readonly heading = el('h2');
  private readonly buttons: Record<string, HTMLButtonElement> = {};
  private readonly status = el('p', { class: 'share-status', role: 'status' });
  /** Off by default: a link carries the view, and each reader keeps their own theme. */
  private readonly withTheme = el('input', { type: 'checkbox', id: 'link-with-theme' });
  private readonly withThemeLabel = el('label', { for: 'link-with-theme' });
  private readonly dataHeading = el('h3');
  private readonly dataIntro = el('p');
  private readonly dialog = el('dialog', {
    class: 'embed-dialog',
    'aria-labelledby': 'embed-heading',
  });
  private lang: Lang = 'en';

  constructor(
    element: HTMLElement,
    private readonly actions: ShareActions,
  ) {
    const button = (key: string, onClick: () => unknown) => {
      const b = el('button', { type: 'button', 'data-action': key });
      b.addEventListener('click', () => void onClick());
      this.buttons[key] = b;
      return b;
    };
    element.replaceChildren(
      this.heading,
      el(
        'div',
        { class: 'share-actions' },
        button('copyLink', () => this.copyLink()),
        button('embed', () => this.openEmbed()),
        button('png', () => this.download(() => this.actions.png(1))),
        button('png2x', () => this.download(() => this.actions.png(2))),
        button('geojson', () => this.download(() => this.actions.geojson())),
        button('csv', () => this.download(async () => this.actions.csv())),
      ),
      el('div', { class: 'link-theme' }, this.withTheme, ' ', this.withThemeLabel),
      this.status,
      this.dataHeading,
      this.dataIntro,
      el(
        'ul',
        { class: 'open-data' },
        ...actions.openData.map((href) =>
          el('li', {}, el('a', { href }, decodeURI(href).replace(/^.*\/open\//, ''))),
        ),
      ),
      this.dialog,
    );
  }

  update(lang: Lang): void {
    this.lang = lang;
    const t = strings[lang].share;
    this.heading.textContent = t.heading;
    this.dataHeading.textContent = t.dataHeading;
    this.dataIntro.textContent = t.dataIntro;
    this.withThemeLabel.textContent = t.linkWithTheme;
    for (const [key, b] of Object.entries(this.buttons))
      b.textContent = t[key as 'copyLink' | 'embed' | 'png' | 'png2x' | 'geojson' | 'csv'];
  }

  private async copyLink(): Promise<void> {
    const t = strings[this.lang].share;
    const link = this.actions.link(this.withTheme.checked);
    this.status.textContent = (await copyText(link)) ? t.linkCopied : link;
  }

  private openEmbed(): void {
    const t = strings[this.lang].share;
    const snippets = this.actions.snippets();
    const block = (label: string, text: string, id: string) => {
      const area = el('textarea', { id, readonly: true, rows: '4', spellcheck: 'false' });
      area.value = text;
      const note = el('span', { class: 'copy-note', role: 'status' });
      const copy = el('button', { type: 'button' }, t.copy);
      copy.addEventListener('click', async () => {
        if (await copyText(text)) note.textContent = t.copied;
        else {
          area.select();
          note.textContent = t.copyByHand;
        }
      });
      return el(
        'div',
        { class: 'snippet' },
        el('label', { for: id }, label),
        area,
        el('div', {}, copy, ' ', note),
      );
    };
    const close = el(
      'button',
      { type: 'button', class: 'close', 'aria-label': strings[this.lang].close },
      '×',
    );
    close.addEventListener('click', () => this.dialog.close());
    const preview = el('iframe', {
      src: snippets.url,
      title: t.preview,
      loading: 'lazy',
      class: 'embed-preview',
    });
    this.dialog.replaceChildren(
      el(
        'div',
        { class: 'details-head' },
        el('h2', { id: 'embed-heading' }, t.embedHeading),
        close,
      ),
      el('p', {}, t.embedIntro),
      block(t.scriptLabel, snippets.script, 'embed-script'),
      block(t.iframeLabel, snippets.iframe, 'embed-iframe'),
      el('h3', {}, t.preview),
      preview,
    );
    this.dialog.showModal();
  }

  private async download(make: () => Promise<{ name: string; blob: Blob }>): Promise<void> {
    const { name, blob } = await make();
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    // The browser has taken the file once the click is handled.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.status.textContent = strings[this.lang].share.downloaded(name);
  }
}

/** Copies through the Clipboard API; false where the browser refuses (no permission, no API). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
