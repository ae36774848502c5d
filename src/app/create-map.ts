import type { MaplibreMapOptions } from '../map/maplibre-map.ts';
import type { BaseGeometry, MapView } from '../map/map-view.ts';
import type { Palette } from '../style/palette.ts';
import type { PlaceRecord } from '../model/places-data.ts';
import { strings } from '../model/strings.ts';
import { showNotice } from '../ui/show-notice.ts';

/**
 * Starts downloading MapLibre early; `createMap` then finds it loaded. No WebGL context is made to
 * ask first: a browser's first context costs hundreds of milliseconds to set up (in software GL, as
 * long as the whole data download), and only MapLibre's own should pay that.
 */
export function preloadMap(): void {
  import('../map/maplibre-map.ts').catch(() => {});
}

/**
 * MapLibre when the browser can draw with WebGL 2; otherwise the static SVG map of the same view,
 * with a notice. Both are loaded as separate chunks, so neither costs the other's bytes.
 */
export async function createMap(
  container: HTMLElement,
  palette: Palette,
  options: MaplibreMapOptions & { label: string },
): Promise<MapView> {
  // MapLibre marks its container before it asks for a context; the SVG map starts from a clean one.
  const classes = container.className;
  try {
    const { MaplibreMap } = await import('../map/maplibre-map.ts');
    return new MaplibreMap(container, palette, options);
  } catch (error) {
    container.className = classes;
    // MapLibre throws a GPUInitializationError when the browser gives it no WebGL 2 context: that
    // is what the notice says. Anything else is worth a line in the console.
    if (!(error instanceof Error && error.name === 'GPUInitializationError'))
      console.warn('MapLibre could not start; drawing the static map instead.', error);
  }
  return createSvgMap(container, palette, options, strings[options.lang].noWebgl);
}

/**
 * The static SVG map (d3-geo) of the same view, with a notice saying why: the one way to it, both
 * when MapLibre cannot start and when the browser takes its WebGL context away (`replacing`).
 */
export async function createSvgMap(
  container: HTMLElement,
  palette: Palette,
  options: {
    bounds: [number, number, number, number];
    label: string;
    base: BaseGeometry;
    places: readonly PlaceRecord[];
  },
  notice: string,
  replacing?: MapView,
): Promise<MapView> {
  const { SvgMap } = await import('../map/svg-map.ts');
  replacing?.destroy();
  const map = new SvgMap(
    container,
    palette,
    options.bounds,
    options.label,
    options.base,
    options.places,
  );
  showNotice(notice);
  return map;
}
