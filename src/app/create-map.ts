import type { ControlMapOptions } from '../map/control-map.ts';
import type { MapView } from '../map/map-view.ts';
import type { Palette } from '../map/palette.ts';
import { strings } from '../model/strings.ts';
import { showNotice } from '../ui/show-notice.ts';

let webgl: boolean | undefined;

/** Whether this browser can give MapLibre a WebGL context at all (asked once: contexts are scarce). */
function webglAvailable(): boolean {
  if (webgl === undefined) {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    webgl = Boolean(context);
    context?.getExtension('WEBGL_lose_context')?.loseContext();
  }
  return webgl;
}

/** Starts downloading the map's code early; `createMap` then finds it loaded. */
export function preloadMap(): void {
  const module = webglAvailable() ? import('../map/control-map.ts') : import('../map/svg-map.ts');
  module.catch(() => {});
}

/**
 * MapLibre when the browser can draw with WebGL; otherwise the static SVG map of the same view,
 * with a notice. Both are loaded as separate chunks, so neither costs the other's bytes.
 */
export async function createMap(
  container: HTMLElement,
  palette: Palette,
  options: ControlMapOptions & { label: string; lang: 'en' | 'uk' },
): Promise<MapView> {
  if (webglAvailable()) {
    try {
      const { ControlMap } = await import('../map/control-map.ts');
      return new ControlMap(container, palette, options);
    } catch (error) {
      console.warn('MapLibre could not start; drawing the static map instead.', error);
    }
  }
  const { SvgMap } = await import('../map/svg-map.ts');
  showNotice(strings[options.lang].noWebgl);
  return new SvgMap(container, palette, options.bounds, options.label);
}
