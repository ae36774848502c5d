import { UNIT_CODES } from '../boundaries/unit-codes.ts';
import { containsPoint } from '../geometry/contains-point.ts';
import { distanceToEdgeKm } from '../geometry/distance-to-edge-km.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import type { PlacesFile } from './places-schema.ts';

/**
 * The boundary file's coast is Natural Earth's, which can run a kilometre or two inland of a town
 * built on a cape or a spit (Ochakiv): a point this close outside its own unit, and inside no other,
 * is accepted.
 */
export const COAST_TOLERANCE_KM = 3;

export interface UnitShape {
  iso: string;
  name_en: string;
  polygons: MultiPolygon;
}

/**
 * Checks what the schema cannot: unique ids, known units, one centre per unit, and that every
 * place's point lies inside the unit it names (a swapped coordinate or a wrong oblast shows here).
 * Returns one line per problem, each naming the file and the entry.
 */
export function validatePlaces(file: PlacesFile, units: UnitShape[], label: string): string[] {
  const problems: string[] = [];
  const report = (path: string, problem: string) => problems.push(`${label}: ${path}: ${problem}`);
  const known = new Set<string>(UNIT_CODES);
  const unitByIso = new Map(units.map((u) => [u.iso, u]));
  const firstIndex = new Map<string, number>();
  const centreOf = new Map<string, number>();

  file.places.forEach((place, i) => {
    const path = `places[${i}] (${place.id})`;
    const earlier = firstIndex.get(place.id);
    if (earlier === undefined) firstIndex.set(place.id, i);
    else report(`${path}.id`, `"${place.id}" is already used by places[${earlier}]`);

    if (!known.has(place.oblast)) {
      report(
        `${path}.oblast`,
        `unknown unit "${place.oblast}"; expected one of ${UNIT_CODES.join(', ')}`,
      );
    } else {
      const unit = unitByIso.get(place.oblast);
      const point: [number, number] = [place.lon, place.lat];
      const actual = units.find((u) => containsPoint(u.polygons, point));
      const onItsCoast =
        !actual &&
        unit !== undefined &&
        distanceToEdgeKm(unit.polygons, point) <= COAST_TOLERANCE_KM;
      if (unit && actual !== unit && !onItsCoast) {
        report(
          path,
          `the point (${place.lon}, ${place.lat}) lies outside ${place.oblast} (${unit.name_en})` +
            (actual ? `, in ${actual.iso} (${actual.name_en})` : ', outside Ukraine'),
        );
      }
    }
    (place.centreOf ?? []).forEach((iso, c) => {
      if (!known.has(iso)) report(`${path}.centreOf[${c}]`, `unknown unit "${iso}"`);
      const other = centreOf.get(iso);
      if (other !== undefined && other !== i) {
        report(`${path}.centreOf[${c}]`, `${iso} already has its centre in places[${other}]`);
      }
      centreOf.set(iso, i);
    });
  });
  const withoutCentre = UNIT_CODES.filter((iso) => !centreOf.has(iso));
  if (withoutCentre.length > 0) {
    report(
      'places',
      `no place is the centre of ${withoutCentre.join(', ')}; mark it with "centreOf"`,
    );
  }
  return problems;
}
