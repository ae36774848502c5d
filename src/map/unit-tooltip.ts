import type * as maplibregl from 'maplibre-gl';
import { Popup } from 'maplibre-gl';

/** A tooltip that follows the pointer over a unit and says what `describeUnit` says of it. */
export function addUnitTooltip(map: maplibregl.Map, describeUnit: (iso: string) => string): void {
  const popup = new Popup({
    closeButton: false,
    closeOnClick: false,
    className: 'unit-tooltip',
    offset: 12,
  });
  map.on('mousemove', 'units', (event) => {
    const iso = event.features?.[0]?.properties?.iso;
    if (typeof iso !== 'string') return;
    map.getCanvas().style.cursor = 'pointer';
    popup.setLngLat(event.lngLat).setText(describeUnit(iso)).addTo(map);
  });
  map.on('mouseleave', 'units', () => {
    map.getCanvas().style.cursor = '';
    popup.remove();
  });
}
