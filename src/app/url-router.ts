import {
  browserLang,
  parseUrlState,
  toSearch,
  type ParsedUrlState,
  type UrlContext,
  type UrlState,
} from '../model/url-state.ts';
import { unitCodes } from '../map/base-geometry.ts';
import type { FirstViewData } from './load-app-data.ts';

/** How a change reaches the address bar: a new history entry, or a silent update (scrubbing). */
export type HistoryMode = 'push' | 'replace' | 'none';

/**
 * The address bar and the browser's history, kept in step with the state (DESIGN.md "URL state"):
 * choices add an entry, so Back and Forward step through them; moving the timeline replaces it.
 */
export class UrlRouter {
  readonly context: UrlContext;

  constructor({ days, editorial, base, places }: FirstViewData) {
    this.context = {
      dates: days.map((d) => d.date),
      scenarios: editorial.scenarios,
      regions: [...unitCodes(base.topologies), ...editorial.areas.map((a) => a.id)],
      places: places.places.map((p) => p.id),
      defaultLang: browserLang(navigator.languages),
    };
  }

  /** The state the address asks for, with notices for what it asked and could not have. */
  read(): ParsedUrlState {
    return parseUrlState(location.search, location.hash, this.context);
  }

  write(state: UrlState, mode: HistoryMode): void {
    const url = this.address(state);
    if (mode === 'push' && url !== `${location.pathname}${location.search}`)
      history.pushState(null, '', url);
    else if (mode !== 'none') history.replaceState(history.state, '', url);
  }

  /** Back and Forward: the state of the entry the reader went to. */
  onBackForward(handler: (parsed: ParsedUrlState) => void): void {
    addEventListener('popstate', () => handler(this.read()));
  }

  /** The address of a state on this page, relative to the origin. */
  address(state: UrlState): string {
    return `${location.pathname}${toSearch(state, this.context)}`;
  }

  /** The query string of a state. */
  search(state: UrlState): string {
    return toSearch(state, this.context);
  }
}
