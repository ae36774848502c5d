import type { DataManifest } from '../model/data-manifest.ts';
import type { Lang } from '../model/format-figures.ts';
import { strings } from '../model/strings.ts';
import type { Theme, UrlNotice } from '../model/url-state.ts';
import { renderCredits } from '../ui/render-credits.ts';
import { element } from './element.ts';
import type { FirstViewData } from './load-app-data.ts';
import type { PartsHost } from './page-parts.ts';

/**
 * The page's chrome (language, theme, credits): made first, as the map's first view needs the
 * theme and the language; the other parts are made once the map is drawn (page-parts.ts).
 */
export function makePageChrome(data: FirstViewData, host: PartsHost): PageChrome {
  return new PageChrome(data.manifest.credits, {
    switchLang: () => host.change({ lang: host.state().lang === 'en' ? 'uk' : 'en' }, 'push'),
    switchTheme: () => host.change({ theme: host.theme() === 'dark' ? 'light' : 'dark' }, 'push'),
    systemThemeChanged: () => host.applyTheme(),
  });
}

/**
 * The page around the map: its language (title, labels, credits, the language switch), its theme
 * (the reader's choice, else the system's), the notices about the URL, and the folded details of
 * the embed layout.
 */
export class PageChrome {
  private readonly systemDark = matchMedia('(prefers-color-scheme: dark)');

  constructor(
    private readonly credits: DataManifest['credits'],
    handlers: { switchLang: () => void; switchTheme: () => void; systemThemeChanged: () => void },
  ) {
    element('lang-switch').addEventListener('click', handlers.switchLang);
    element('theme-toggle').addEventListener('click', handlers.switchTheme);
    element('details-toggle').addEventListener('click', () => this.toggleDetails());
    this.systemDark.addEventListener('change', handlers.systemThemeChanged);
  }

  /** The theme shown: the one the reader chose, else the system's. */
  theme(chosen: Theme | null): Theme {
    return chosen ?? (this.systemDark.matches ? 'dark' : 'light');
  }

  applyLang(lang: Lang, theme: Theme): void {
    const t = strings[lang];
    document.documentElement.lang = lang;
    document.title = t.title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', t.description);
    element('title').textContent = t.title;
    element('map').setAttribute('aria-label', t.mapLabel);
    element('legend').setAttribute('aria-label', t.legend);
    element('panel').setAttribute('aria-label', t.controls);
    const other = element('lang-switch');
    other.textContent = t.otherLanguage;
    other.setAttribute('lang', lang === 'en' ? 'uk' : 'en');
    renderCredits(element('credits'), this.credits, lang);
    element('page-foot').setAttribute('aria-label', t.credits);
    this.applyThemeLabel(lang, theme);
  }

  applyTheme(lang: Lang, theme: Theme): void {
    document.documentElement.dataset.theme = theme;
    this.applyThemeLabel(lang, theme);
  }

  /** What the URL asked for and could not have, said in the reader's language. */
  renderNotices(notices: readonly UrlNotice[], lang: Lang, scenarioTitle: string): void {
    const notice = element('url-notice');
    notice.hidden = notices.length === 0;
    notice.textContent = notices.map((n) => strings[lang].notice(n, scenarioTitle)).join(' ');
  }

  /** The embed layout's link to the full map and the toggle of its folded details. */
  renderEmbedLinks(lang: Lang, fullMapHref: string): void {
    const t = strings[lang];
    const fullMap = element('full-map') as HTMLAnchorElement;
    fullMap.textContent = t.openFullMap;
    fullMap.href = fullMapHref;
    element('details-toggle').textContent = t.aboutView;
  }

  /** The folded details panel of the embed layout: open, close, or switch. */
  toggleDetails(open?: boolean): void {
    const toggle = element('details-toggle');
    const expanded = open ?? toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(expanded));
    element('details').classList.toggle('is-folded', !expanded);
  }

  private applyThemeLabel(lang: Lang, theme: Theme): void {
    const toggle = element('theme-toggle');
    toggle.textContent = strings[lang].theme.dark;
    toggle.setAttribute('aria-pressed', String(theme === 'dark'));
  }
}
