import type { Scenario } from '../model/editorial-data.ts';
import type { Lang } from '../model/format-figures.ts';
import { strings } from '../model/strings.ts';
import { el } from './dom.ts';

/**
 * The scenarios as one radio group (DESIGN.md: role=radiogroup, one radio per scenario named by
 * its title). Native radios give arrow-key movement and announcements for free.
 */
export class ScenarioPicker {
  private readonly radios = new Map<string, HTMLInputElement>();
  private readonly titles = new Map<string, HTMLSpanElement>();
  private readonly heading: HTMLHeadingElement;

  constructor(
    element: HTMLElement,
    private readonly scenarios: readonly Scenario[],
    onChange: (id: string) => void,
  ) {
    this.heading = el('h2', { id: 'scenario-heading' });
    const group = el('div', {
      role: 'radiogroup',
      'aria-labelledby': 'scenario-heading',
      class: 'scenario-list',
    });
    for (const scenario of scenarios) {
      const radio = el('input', { type: 'radio', name: 'scenario', value: scenario.id });
      radio.addEventListener('change', () => {
        if (radio.checked) onChange(scenario.id);
      });
      const title = el('span');
      this.radios.set(scenario.id, radio);
      this.titles.set(scenario.id, title);
      group.append(el('label', { class: 'scenario-option' }, radio, title));
    }
    element.replaceChildren(this.heading, group);
  }

  update(selected: string, lang: Lang): void {
    this.heading.textContent = strings[lang].scenario;
    for (const scenario of this.scenarios) {
      this.titles.get(scenario.id)!.textContent = scenario.title[lang];
      this.radios.get(scenario.id)!.checked = scenario.id === selected;
    }
  }
}
