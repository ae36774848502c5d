import type { Lang } from '../model/format-figures.ts';
import type { SearchResult } from '../model/place-search.ts';
import { placeStrings } from '../model/place-strings.ts';
import { el } from './dom.ts';

/**
 * One search field for places and regions, as an ARIA 1.2 combobox with a listbox popup: typing
 * lists matches, the arrow keys move through them (aria-activedescendant, so focus stays in the
 * field), Enter or a click chooses, Escape closes the list and then clears the field. The number
 * of matches is announced politely.
 */
export class PlaceSearchBox {
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly label: HTMLLabelElement;
  private readonly hint: HTMLParagraphElement;
  private readonly status: HTMLParagraphElement;
  private results: SearchResult[] = [];
  private active = -1;
  private lang: Lang = 'en';

  constructor(
    element: HTMLElement,
    private readonly search: (query: string, lang: Lang) => SearchResult[],
    private readonly choose: (result: SearchResult) => void,
  ) {
    this.input = el('input', {
      id: 'place-search-input',
      type: 'search',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'place-search-list',
      'aria-describedby': 'place-search-hint',
    });
    this.label = el('label', { for: 'place-search-input' });
    this.hint = el('p', { id: 'place-search-hint', class: 'note' });
    this.list = el('ul', { id: 'place-search-list', role: 'listbox', class: 'search-results' });
    this.list.hidden = true;
    this.status = el('p', { class: 'visually-hidden', role: 'status' });
    element.replaceChildren(this.label, this.input, this.list, this.hint, this.status);
    this.input.addEventListener('input', () => this.show(this.search(this.input.value, this.lang)));
    this.input.addEventListener('keydown', (event) => this.key(event));
    this.input.addEventListener('blur', () => this.close());
    // A click on an option must land before the field's blur closes the list.
    this.list.addEventListener('mousedown', (event) => event.preventDefault());
  }

  update(lang: Lang): void {
    if (lang === this.lang && this.label.textContent) return;
    this.lang = lang;
    const t = placeStrings[lang];
    this.label.textContent = t.searchLabel;
    this.input.placeholder = t.searchPlaceholder;
    this.hint.textContent = t.searchHint;
    if (!this.list.hidden) this.show(this.search(this.input.value, lang));
  }

  private key(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (this.list.hidden) this.show(this.search(this.input.value, this.lang));
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const count = this.results.length;
      if (count > 0) this.activate((this.active + step + count) % count);
    } else if (event.key === 'Enter') {
      const result = this.results[this.active === -1 ? 0 : this.active];
      if (result && !this.list.hidden) {
        event.preventDefault();
        this.pick(result);
      }
    } else if (event.key === 'Escape') {
      if (this.list.hidden) this.input.value = '';
      this.close();
    }
  }

  private show(results: SearchResult[]): void {
    const t = placeStrings[this.lang];
    this.results = results;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.list.replaceChildren(
      ...results.map((result, i) => {
        const option = el(
          'li',
          { id: `place-option-${i}`, role: 'option', 'aria-selected': 'false' },
          result.name,
          el(
            'span',
            { class: 'note' },
            [
              result.kind === 'unit' ? t.unitKind : null,
              result.matched && t.alsoWritten(result.matched),
            ]
              .filter(Boolean)
              .map((part) => ` · ${part}`)
              .join(''),
          ),
        );
        option.addEventListener('click', () => this.pick(result));
        return option;
      }),
    );
    const query = this.input.value.trim();
    const open = query !== '' && results.length > 0;
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    this.status.textContent =
      query === '' ? '' : results.length > 0 ? t.resultCount(results.length) : t.noResults(query);
  }

  private activate(index: number): void {
    this.active = index;
    [...this.list.children].forEach((option, i) =>
      option.setAttribute('aria-selected', String(i === index)),
    );
    const option = this.list.children[index]!;
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  private pick(result: SearchResult): void {
    this.input.value = result.name;
    this.close();
    this.choose(result);
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }
}
