import { bordersOfTopology, polygonsOfTopology } from '../model/decode-topology.ts';
import type { BaseGeometry, BaseTopologies } from './map-view.ts';
import { geometriesOf, propertyOf } from './topology-path.ts';

type Polygons = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/** The units' ISO codes, read from their topology's properties: nothing is decoded. */
export function unitCodes(topologies: BaseTopologies): string[] {
  return geometriesOf(topologies.units, 'units').map((unit) => String(propertyOf(unit, 'iso')));
}

/**
 * The base geometry over its topologies: each GeoJSON layer is decoded when first read, once. The
 * first view does not read them (the SVG map draws from the topologies, topology-path.ts): decoding
 * every unit and neighbour made arrays of arrays the first view waited for, and the garbage
 * collector with it. MapLibre and comparisons read them later.
 */
export function baseGeometry(topologies: BaseTopologies, preInvasion: Polygons): BaseGeometry {
  const once = <T>(decode: () => T) => {
    let value: T | undefined;
    return () => (value ??= decode());
  };
  const countries = once(() => polygonsOfTopology(topologies.basemap, 'countries'));
  const units = once(() => polygonsOfTopology(topologies.units, 'units'));
  const unitBorders = once(() => bordersOfTopology(topologies.units, 'units', 'inner'));
  const ukraineBorder = once(() => bordersOfTopology(topologies.units, 'units', 'outer'));
  const areas = once(() => polygonsOfTopology(topologies.areas, 'areas'));
  return {
    topologies,
    preInvasion,
    get countries() {
      return countries();
    },
    get units() {
      return units();
    },
    get unitBorders() {
      return unitBorders();
    },
    get ukraineBorder() {
      return ukraineBorder();
    },
    get areas() {
      return areas();
    },
  };
}
