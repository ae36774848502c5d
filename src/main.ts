import './ui/app.css';
import { App } from './app/app.ts';
import { strings } from './model/strings.ts';
import { browserLang, requestedTheme } from './model/url-state.ts';
import { setMapState } from './ui/map-state.ts';
import { showNotice } from './ui/show-notice.ts';

// The theme is set before any data loads, so the page never flashes in the wrong one.
const theme = requestedTheme(location.search, location.hash);
document.documentElement.dataset.theme =
  theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

App.start().catch((error: unknown) => {
  setMapState('error');
  const message = error instanceof Error ? error.message : String(error);
  showNotice(strings[browserLang(navigator.languages)].failed(message));
  console.error(error);
});
