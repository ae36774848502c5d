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
map.once('idle', () => {
  document.documentElement.dataset.mapState = 'ready';
});
