import type { MapView } from '../map/map-view.ts';
import type { MapViewState, SwitchingMap } from './switching-map.ts';

/** The reader's first touch of the map: MapLibre is wanted now, whatever else is going on. */
const GESTURES = ['pointerdown', 'wheel', 'keydown', 'touchstart'] as const;
/** How long an idle page may keep MapLibre waiting once the map is in view (requestIdleCallback). */
const IDLE_TIMEOUT_MS = 2000;

/**
 * When MapLibre is wanted: `seen` once the map is in view (an IntersectionObserver: unlike
 * requestAnimationFrame and ResizeObserver it is told about frames that are off-screen, also
 * cross-origin ones) or touched; `wanted` once it is in view and the page idle, or at the
 * reader's first gesture on the map, whichever comes first.
 */
export function takeoverTrigger(container: HTMLElement): {
  seen: Promise<void>;
  wanted: Promise<void>;
} {
  let touched!: () => void;
  const gesture = new Promise<void>((resolve) => (touched = resolve));
  const onGesture = () => touched();
  for (const type of GESTURES)
    container.addEventListener(type, onGesture, { capture: true, passive: true, once: true });
  const inView = new Promise<void>((resolve) => {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(container);
  });
  const idle = inView.then(
    () =>
      new Promise<void>((resolve) => {
        if ('requestIdleCallback' in window)
          requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
        else setTimeout(resolve, 200);
      }),
  );
  const wanted = Promise.race([idle, gesture]).then(() => {
    for (const type of GESTURES) container.removeEventListener(type, onGesture, { capture: true });
  });
  return { seen: Promise.race([inView, gesture]), wanted };
}

/**
 * Loads the interactive map when it is wanted and hands the view to it: it is drawn under the SVG
 * map, hidden (`is-taking-over`), and the SVG map is removed only once it has drawn the whole view,
 * so the reader sees no gap and no jump (both use Web Mercator fitted to the same bounds with the
 * same padding). Resolves true once MapLibre draws the view, false where it cannot (no WebGL).
 */
export async function takeOver(
  map: SwitchingMap,
  container: HTMLElement,
  wanted: Promise<void>,
  make: (state: Readonly<MapViewState>) => Promise<MapView | null>,
): Promise<boolean> {
  await wanted;
  performance.mark('takeover:start');
  container.classList.add('is-taking-over');
  try {
    const next = await make(map.state);
    if (!next) return false;
    const switched = await map.switchTo(next);
    if (switched) performance.measure('takeover', 'takeover:start');
    return switched;
  } finally {
    container.classList.remove('is-taking-over');
  }
}
