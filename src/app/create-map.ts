import type { ControlMapOptions } from '../map/control-map.ts';
import type { MapView } from '../map/map-view.ts';
import type { Palette } from '../map/palette.ts';
import { strings } from '../model/strings.ts';
import { showNotice } from '../ui/show-notice.ts';

/** Whether this browser can give MapLibre a WebGL context at all. */
function webglAvailable(): boolean {
  const canvas = document.createElement('canvas');
  return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
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
