/**
 * DESIGN.md's readiness contract: `loading` while data or a change is being applied, `ready` once
 * the map has drawn it. Tests and embedding pages wait on this attribute.
 */
export function setMapState(state: 'loading' | 'ready' | 'error'): void {
  document.documentElement.dataset.mapState = state;
}
