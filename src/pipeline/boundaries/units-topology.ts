import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { MultiPolygon } from '../geometry/types.ts';
import { union } from '../geometry/intersect.ts';
import { featuresToTopology } from '../topology/features-to-topology.ts';
import { SIMPLIFY_INTERVAL_METRES } from '../topology/simplify-polygons.ts';
import { round1 } from '../output/round-to.ts';
import { labelPoint } from './label-point.ts';
import type { Unit } from './load-units.ts';

/**
 * The units as the browser draws them (simplified, shared borders stored once, with a point for
 * each name) and their outer
 * outline decoded back from that very topology, to clip each day's held area to.
 */
export async function unitsTopology(
  units: Unit[],
): Promise<{ topology: Topology; outline: MultiPolygon }> {
  const collection = {
    type: 'FeatureCollection' as const,
    features: units.map((u) => {
      const label = labelPoint(u.polygons);
      return {
        type: 'Feature',
        properties: {
          iso: u.iso,
          name_en: u.name_en,
          name_uk: u.name_uk,
          area_km2: round1(u.areaKm2),
          label_lon: label[0],
          label_lat: label[1],
        },
        geometry: u.feature.geometry,
      };
    }),
  };
  const topology = await featuresToTopology('units', collection, {
    simplifyInterval: SIMPLIFY_INTERVAL_METRES,
  });
  const decoded = feature(
    topology,
    topology.objects.units!,
  ) as unknown as GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
  const outline = union(
    ...decoded.features.map(
      (f) =>
        (f.geometry.type === 'Polygon'
          ? [f.geometry.coordinates]
          : f.geometry.coordinates) as MultiPolygon,
    ),
  );
  return { topology, outline };
}
