import type { Map as MaplibreMap } from 'maplibre-gl';
import { UNIT_NAMES_LAYER } from './unit-names.ts';

/** The symbol layers whose names a reader sees, recorded by publishLabels. */
const NAME_LAYERS = [UNIT_NAMES_LAYER, 'place-names', 'selected-place'];

/**
 * Keeps a hidden list in the map's container of the names MapLibre has placed on screen, each with
 * its layer, id and anchor (CSS pixels from the map's top left), updated whenever the map settles.
 * The names are pixels in the canvas; this is how a test (or a curious reader of the DOM) can know
 * which were drawn and where: it answers from `queryRenderedFeatures`, which returns only the
 * symbols on screen. Hidden from assistive
 * technology: the region list and the place search name the same places for them.
 */
export function publishLabels(map: MaplibreMap): void {
  const list = document.createElement('ul');
  list.className = 'map-labels';
  list.hidden = true;
  map.getContainer().append(list);
  let last = '';
  map.on('idle', () => {
    const layers = NAME_LAYERS.filter((id) => map.getLayer(id));
    const items = map.queryRenderedFeatures({ layers }).map((feature) => {
      const [lon, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
      const { x, y } = map.project([lon, lat]);
      const props = feature.properties as { iso?: string; id?: string };
      const text = map.getLayoutProperty(feature.layer.id, 'text-field') as unknown;
      const field = Array.isArray(text) ? String(text[1]) : 'name_en';
      return {
        layer: feature.layer.id,
        id: props.iso ?? props.id ?? '',
        name: String(feature.properties[field] ?? ''),
        x: Math.round(x),
        y: Math.round(y),
      };
    });
    const key = JSON.stringify(items);
    if (key === last) return;
    last = key;
    list.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        li.dataset.layer = item.layer;
        li.dataset.id = item.id;
        li.dataset.x = String(item.x);
        li.dataset.y = String(item.y);
        li.textContent = item.name;
        return li;
      }),
    );
  });
}
