/**
 * Web Mercator on the screen, as MapLibre projects: x = x₀ + kλ, y = y₀ − k·ln tan(π/4 + φ/2),
 * with λ and φ in radians and k in CSS pixels per radian. The SVG map needs no more of a
 * projection than this: d3-geo's (its clipping, resampling and fitting by streamed bounds) cost
 * the first view's script about a fifth of its size for the same numbers.
 */
export interface ScreenMercator {
  readonly k: number;
  readonly x0: number;
  readonly y0: number;
}

const RADIANS = Math.PI / 180;

/** Mercator's y of a latitude in degrees, at a scale of one pixel per radian, y growing north. */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RADIANS) / 2));

/** Screen x of a longitude and y of a latitude, in degrees. */
export function projectX(m: ScreenMercator, lon: number): number {
  return m.x0 + m.k * lon * RADIANS;
}

export function projectY(m: ScreenMercator, lat: number): number {
  return m.y0 - m.k * mercatorY(lat);
}

export function project(m: ScreenMercator, [lon, lat]: readonly number[]): [number, number] {
  return [projectX(m, lon!), projectY(m, lat!)];
}

/**
 * The Mercator that fits `[west, south, east, north]` (degrees) as large as it goes into the
 * rectangle `[[left, top], [right, bottom]]` (pixels), centred on the axis it does not fill: as
 * MapLibre's `fitBounds` fits them with the padding the rectangle leaves, and as d3's
 * `fitExtent` does for Mercator.
 */
export function fitMercator(
  [west, south, east, north]: readonly [number, number, number, number],
  [[left, top], [right, bottom]]: [[number, number], [number, number]],
): ScreenMercator {
  const spanX = (east - west) * RADIANS;
  const spanY = mercatorY(north) - mercatorY(south);
  const k = Math.min((right - left) / spanX, (bottom - top) / spanY);
  return {
    k,
    x0: (left + right) / 2 - (k * (west + east) * RADIANS) / 2,
    y0: (top + bottom) / 2 + (k * (mercatorY(north) + mercatorY(south))) / 2,
  };
}

/** The Mercator at MapLibre's `zoom` (512 px span the world at 0), `[lon, lat]` amid `view`. */
export function mercatorAround(
  [lon, lat]: readonly [number, number],
  zoom: number,
  view: { width: number; height: number },
): ScreenMercator {
  const k = (512 * 2 ** zoom) / (2 * Math.PI);
  return {
    k,
    x0: view.width / 2 - k * lon * RADIANS,
    y0: view.height / 2 + k * mercatorY(lat),
  };
}

/** MapLibre's zoom at which a degree is as long as on `m`. */
export function zoomOf(m: ScreenMercator): number {
  return Math.log2((m.k * 2 * Math.PI) / 512);
}
