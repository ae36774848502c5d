export type Theme = 'light' | 'dark';

/** `theme=light|dark` in the URL wins; otherwise the reader's system setting decides. */
export function resolveTheme(search: string, prefersDark: boolean): Theme {
  const requested = new URLSearchParams(search).get('theme');
  if (requested === 'light' || requested === 'dark') return requested;
  return prefersDark ? 'dark' : 'light';
}
