/**
 * DESIGN.md's readiness contract: `loading` while data or a change is being applied, `ready` once
 * the map has drawn it. Tests and embedding pages wait on this attribute.
 */
export function setMapState(state: 'loading' | 'ready' | 'error'): void {
  document.documentElement.dataset.mapState = state;
}

/**
 * Which map draws the view: the SVG map draws the first view, MapLibre takes over once the map is
 * in view and the page idle, or at the reader's first gesture (src/app/map-takeover.ts).
 */
export function setMapRenderer(renderer: 'svg' | 'maplibre'): void {
  document.documentElement.dataset.mapRenderer = renderer;
}
