/**
 * The floor that `npm run bench` compares the app with: the same maplibre-gl, loaded the way the
 * app loads it (its CSS, its worker as a file of its own), drawing an empty style into a map the
 * size of the app's. Nothing else: no data, no controls, no panels. Built by the benchmark only.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

maplibregl.setWorkerUrl(workerUrl);

const container = document.getElementById('map')!;
// The app's map at 1280×800: the window less the side panel and the masthead.
Object.assign(container.style, { width: 'calc(100vw - 400px)', height: 'calc(100vh - 70px)' });

const map = new maplibregl.Map({
  container,
  style: { version: 8, sources: {}, layers: [] },
  center: [31.2, 48.4],
  zoom: 5,
  attributionControl: false,
});
// MapLibre draws its one frame and fires `idle` within an animation frame, before the browser lays
// that frame out, paints it and hands it to the compositor. The app marks its map in the first
// task after the frame that drew it (src/app/app.ts, `first-view:map`): the floor is marked the
// same way, so that each counts its own frame (until 2026-11-28 the floor was marked inside it).
map.once('idle', () => {
  setTimeout(() => (document.documentElement.dataset.mapState = 'ready'), 0);
});
