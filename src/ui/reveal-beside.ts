/**
 * Scrolls `section` to the top of the scrolling panel it sits in, when that panel stands beside
 * `map` (a desktop's side panel): the map stays where it is, and the reader sees what was chosen
 * on it. Where the panel is stacked under the map (a phone) nothing moves: scrolling there would
 * take the map out of sight, and the region's callout offers the way down instead. `at once` for
 * a page that opens on it (a link to a place or region), where a glide would only delay it.
 */
export function revealBeside(section: HTMLElement, map: HTMLElement, atOnce = false): void {
  const panel = section.closest<HTMLElement>('.panel');
  if (!panel || panel.scrollHeight <= panel.clientHeight) return;
  if (!besideMap(section, map)) return;
  const top =
    section.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  panel.scrollTo({ top, behavior: atOnce || reducedMotion ? 'auto' : 'smooth' });
}

/** True when `section`'s panel stands beside `map` (a desktop), not stacked under it (a phone). */
export function besideMap(section: HTMLElement, map: HTMLElement): boolean {
  const panel = section.closest<HTMLElement>('.panel');
  return !!panel && panel.getBoundingClientRect().left >= map.getBoundingClientRect().right - 1;
}
