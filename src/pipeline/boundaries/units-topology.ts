import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { MultiPolygon, Position } from '../geometry/types.ts';
import { union } from '../geometry/intersect.ts';
import { featuresToTopology } from '../topology/features-to-topology.ts';
import { SIMPLIFY_INTERVAL_METRES } from '../topology/simplify-polygons.ts';
import { round1 } from '../output/round-to.ts';
import { DESKTOP_ZOOM, PHONE_ZOOM } from '../../model/place-ranks.ts';
import { labelText } from '../../model/unit-label-text.ts';
import { LABEL_SIZES, sizeAt } from '../../map/label-sizes.ts';
import { labelAlternatives, labelPoint, verticalRoom } from './label-point.ts';
import type { Unit } from './load-units.ts';

/**
 * About how wide a unit's name is at a zoom, in the wider of its two languages: capitals of Noto
 * Sans SemiBold spaced 0.06 em (src/map/svg-labels.ts) average 0.72 em.
 */
const nameWidthPx = (unit: Unit, zoom: number) =>
  Math.max(...(['en', 'uk'] as const).map((lang) => labelText(unit, lang).length)) *
  sizeAt(LABEL_SIZES.unit, zoom) *
  0.72;

/** The towns each first view names, which the units' names keep clear of. */
export interface NamedTowns {
  /** On a desktop: the ranks shown there and the towns the sources name. */
  desktop: readonly Position[];
  /** On a phone: only the towns the sources name. */
  phone: readonly Position[];
}

/**
 * The units as the browser draws them (simplified, shared borders stored once, with two points for
 * each name, each clear of the towns named there: `label_*` where the map names no town but those
 * the sources name (a phone's first view), `town_label_*` where it names the larger towns too; see
 * labelPoint; each with how far north and south its name may move and stay over it: verticalRoom;
 * and `label_alternatives`, where the name goes when a neighbour's takes its point on a small map:
 * labelAlternatives) and their outer outline decoded back from that very topology, to clip each
 * day's held area to.
 */
export async function unitsTopology(
  units: Unit[],
  towns: NamedTowns = { desktop: [], phone: [] },
): Promise<{ topology: Topology; outline: MultiPolygon }> {
  const townsAt = (unit: Unit, of: readonly Position[], zoom: number) => ({
    towns: of,
    nameWidthPx: nameWidthPx(unit, zoom),
    zoom,
  });
  const collection = {
    type: 'FeatureCollection' as const,
    features: units.map((u) => {
      const phone = townsAt(u, towns.phone, PHONE_ZOOM);
      const desktop = townsAt(u, towns.desktop, DESKTOP_ZOOM);
      const label = labelPoint(u.polygons, phone);
      const townsLabel = labelPoint(u.polygons, desktop);
      return {
        type: 'Feature',
        properties: {
          iso: u.iso,
          name_en: u.name_en,
          name_uk: u.name_uk,
          area_km2: round1(u.areaKm2),
          label_lon: label[0],
          label_lat: label[1],
          label_room: verticalRoom(u.polygons, label),
          town_label_lon: townsLabel[0],
          town_label_lat: townsLabel[1],
          town_label_room: verticalRoom(u.polygons, townsLabel),
          label_alternatives: labelAlternatives(u.polygons, [label, townsLabel], [phone, desktop]),
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
