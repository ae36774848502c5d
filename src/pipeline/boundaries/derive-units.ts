/**
 * Turns Natural Earth admin-1 features into the project's unit boundaries: only Ukraine's units,
 * only the attributes the map uses, with Natural Earth's known attribute faults corrected
 * (see ../shared/geodata/README.md) and coordinates rounded to 1e-4° (about 10 m, far below the
 * 1:10m source's own accuracy). Pure, so that a test can prove the committed file is its output.
 */

export interface NaturalEarthFeature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

export interface UnitProperties {
  iso: string;
  name_en: string;
  name_uk: string;
  wikidata: string;
}

export interface UnitFeature {
  type: 'Feature';
  properties: UnitProperties;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

/** Natural Earth's names that are wrong or out of date, by ISO code. */
const NAME_CORRECTIONS: Record<string, Partial<Pick<UnitProperties, 'name_en' | 'name_uk'>>> = {
  // Kyiv oblast carries the city's name in both languages; the city (UA-30) keeps "Kyiv".
  'UA-32': { name_en: 'Kyiv Oblast', name_uk: 'Київська область' },
  'UA-51': { name_en: 'Odesa' },
};

export const COORDINATE_DECIMALS = 4;

export function deriveUnits(features: NaturalEarthFeature[]): UnitFeature[] {
  return features
    .filter((f) => String(f.properties.iso_3166_2 ?? '').startsWith('UA-'))
    .map((f) => {
      const iso = String(f.properties.iso_3166_2);
      // Only these four attributes are kept: this also drops Natural Earth's adm0_a3/admin
      // ("RUS"/"Russia" on UA-43 and UA-40), type_en and the valid-from/valid-to columns.
      const properties: UnitProperties = {
        iso,
        name_en: String(f.properties.name_en),
        name_uk: String(f.properties.name_uk),
        wikidata: String(f.properties.wikidataid),
        ...NAME_CORRECTIONS[iso],
      };
      return {
        type: 'Feature' as const,
        properties,
        geometry: { type: f.geometry.type, coordinates: roundCoordinates(f.geometry.coordinates) },
      };
    })
    .sort((a, b) => a.properties.iso.localeCompare(b.properties.iso));
}

function roundCoordinates(value: unknown): unknown {
  if (typeof value === 'number') return Number(value.toFixed(COORDINATE_DECIMALS));
  if (Array.isArray(value)) return dropRepeatedPositions(value.map(roundCoordinates));
  return value;
}

/** Rounding can make neighbouring vertices equal; a repeated position is dropped, not kept twice. */
function dropRepeatedPositions(items: unknown[]): unknown[] {
  if (!Array.isArray(items[0]) || typeof items[0][0] !== 'number') return items;
  const positions = items as number[][];
  return positions.filter(
    (p, i) =>
      i === 0 ||
      i === positions.length - 1 ||
      p[0] !== positions[i - 1]![0] ||
      p[1] !== positions[i - 1]![1],
  );
}

/** The committed file's text: one feature per line, so that diffs of a regeneration stay readable. */
export function serializeUnits(units: UnitFeature[]): string {
  const lines = units.map((u) => JSON.stringify(u));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
