import type { MaplibreMapOptions } from '../map/maplibre-map.ts';
import type { MapView } from '../map/map-view.ts';
import { SvgMap } from '../map/svg-map.ts';
import type { Palette } from '../style/palette.ts';
import type { Lang } from '../model/format-figures.ts';
import { strings } from '../model/strings.ts';
import type { AppData } from './load-app-data.ts';
import { showNotice } from '../ui/show-notice.ts';

/**
 * MapLibre, when the browser can draw with WebGL 2; null when it cannot (the caller keeps the SVG
 * map and says why). Its chunk (about 430 KB gzipped) is imported only now: the first view is the
 * SVG map's, so MapLibre is never in its way. It is added to `container` beside what is there.
 */
export async function createMaplibreMap(
  container: HTMLElement,
  palette: Palette,
  options: MaplibreMapOptions,
): Promise<MapView | null> {
  const { MaplibreMap } = await import('../map/maplibre-map.ts');
  // MapLibre marks its container and adds its canvas before it asks for a context: on failure the
  // container is given back as it was, the SVG map in it untouched.
  const classes = container.className;
  const before = new Set(container.children);
  try {
    return new MaplibreMap(container, palette, options);
  } catch (error) {
    container.className = classes;
    for (const child of [...container.children]) if (!before.has(child)) child.remove();
    // MapLibre throws a GPUInitializationError when the browser gives it no WebGL 2 context: that
    // is what the caller's notice says. Anything else is worth a line in the console.
    if (!(error instanceof Error && error.name === 'GPUInitializationError'))
      console.warn('MapLibre could not start; keeping the static map.', error);
    return null;
  }
}

/**
 * The static SVG map of the same view: the first view's map, in the main bundle; with a
 * notice saying why when it is all there will be (`replacing` a MapLibre map that lost WebGL).
 */
export function createSvgMap(
  container: HTMLElement,
  palette: Palette,
  data: Pick<AppData, 'manifest' | 'base' | 'places'>,
  lang: Lang,
  notice: string | null,
  replacing?: MapView,
): MapView {
  replacing?.destroy();
  const label = strings[lang].mapLabel;
  const map = new SvgMap(
    container,
    palette,
    data.manifest.bounds,
    label,
    data.base,
    data.places.places,
    lang,
  );
  if (notice) showNotice(notice);
  return map;
}
