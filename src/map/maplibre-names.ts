import type { PlaceRecord } from '../model/places-data.ts';
import type { StaticLabel } from './svg-labels.ts';

/** The side of its point a town's name is set on, as MapLibre's `text-anchor` names it. */
export type NameAnchor = 'left' | 'right' | 'top' | 'bottom';

/**
 * Which side of its dot a town's name went: MapLibre's anchor is the side of the text that faces
 * the dot ("left": the name is to the right of the dot).
 */
export function anchorOf(label: StaticLabel): NameAnchor {
  if (label.left >= label.x) return 'left';
  if (label.left + label.width <= label.x) return 'right';
  return label.top >= label.y ? 'top' : 'bottom';
}

/**
 * The names the static map's layout placed (svg-labels.ts), as the features MapLibre's name layers
 * draw, so that both maps name the same places in the same places: each oblast's name as a point
 * at the middle of its box (`unproject` turns the map's pixels into longitude and latitude), each
 * town at its own position with the side its name went, the chosen place marked.
 */
export function namesAsFeatures(
  labels: readonly StaticLabel[],
  places: ReadonlyMap<string, PlaceRecord>,
  unproject: (x: number, y: number) => [number, number],
): {
  units: GeoJSON.FeatureCollection<GeoJSON.Point>;
  towns: GeoJSON.FeatureCollection<GeoJSON.Point>;
} {
  const units: GeoJSON.Feature<GeoJSON.Point>[] = [];
  const towns: GeoJSON.Feature<GeoJSON.Point>[] = [];
  for (const label of labels) {
    if (label.kind === 'centre') {
      const centre = unproject(label.left + label.width / 2, label.top + label.height / 2);
      units.push(point(centre, { iso: label.id, name: label.text }));
      continue;
    }
    const place = places.get(label.id);
    if (!place) continue;
    towns.push(
      point([place.lon, place.lat], {
        id: label.id,
        name: label.text,
        anchor: anchorOf(label),
        chosen: label.style === 'chosen',
      }),
    );
  }
  return { units: collection(units), towns: collection(towns) };
}

const point = (
  coordinates: [number, number],
  properties: GeoJSON.GeoJsonProperties,
): GeoJSON.Feature<GeoJSON.Point> => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates },
});

const collection = <T extends GeoJSON.Geometry>(
  features: GeoJSON.Feature<T>[],
): GeoJSON.FeatureCollection<T> => ({ type: 'FeatureCollection', features });
