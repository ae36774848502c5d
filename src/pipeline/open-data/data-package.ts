import type { ControlSource } from '../control/control-source.ts';
import type { Editorial } from '../editorial/editorial-schema.ts';
import type { TableFile, TableSchema } from './table.ts';

/** A GeoJSON file published beside the tables, with the table whose columns are its properties. */
export interface GeoJsonResource {
  name: string;
  path: string;
  title: string;
  description: string;
  /** The fields of every feature's properties. */
  fields: TableSchema['fields'];
}

/** The gazetteer the place tables come from (data/places.json's `dataset`). */
export interface Gazetteer {
  name: string;
  version: string;
  licence: string;
  credit: { en: string };
}

/** The place tables, which join the gazetteer's points to the held area and the scenario areas. */
const PLACE_TABLES = new Set(['place-histories', 'scenario-area-places']);

const BOUNDARIES = {
  licence: {
    name: 'other-pd',
    title: 'Public domain (Natural Earth terms of use)',
    path: 'https://www.naturalearthdata.com/about/terms-of-use/',
  },
  source: {
    title: 'Natural Earth 1:10m Admin 1 (boundaries of the 27 units)',
    path: 'https://www.naturalearthdata.com/',
  },
};

/**
 * datapackage.json (Frictionless Data Package): every published table with its Table Schema, every
 * GeoJSON with the fields of its features' properties, and for each the licences and sources it
 * comes under. The credits the licences ask for travel here, not inside the CSVs.
 */
export function dataPackage(
  source: ControlSource,
  tables: readonly TableFile[],
  geojson: readonly GeoJsonResource[],
  { editorial, gazetteer }: { editorial: Editorial | null; gazetteer: Gazetteer | null },
) {
  const control = {
    licence: { path: source.url, title: `${source.credit.en}. ${source.licence}` },
    source: { title: `${source.name}: land held by Russia, daily`, path: source.url },
  };
  const licenses = [control.licence, BOUNDARIES.licence];
  const controlSources = [control.source, BOUNDARIES.source];
  const articles = (editorial?.sources ?? []).map((s) => ({
    title: `${s.title} (${s.publisher ?? s.author ?? 'publisher not named in the copy'}, ${s.date})`,
  }));
  const scenarioSources = [...controlSources, ...articles];
  const places = gazetteer && {
    licence: {
      name: gazetteer.licence === 'CC BY 4.0' ? 'CC-BY-4.0' : gazetteer.licence,
      title: `${gazetteer.credit.en}`,
      path: 'https://creativecommons.org/licenses/by/4.0/',
    },
    source: {
      title: `${gazetteer.name} (${gazetteer.version}): place names, points and populations`,
      path: 'https://www.geonames.org/',
    },
  };
  const licensesOf = (name: string) =>
    PLACE_TABLES.has(name) && places ? [...licenses, places.licence] : licenses;
  const sourcesOf = (name: string) =>
    PLACE_TABLES.has(name) && places
      ? [...(name === 'place-histories' ? controlSources : scenarioSources), places.source]
      : name.startsWith('scenario')
        ? scenarioSources
        : controlSources;
  return {
    // Not "tabular-data-package": the GeoJSON files are resources too.
    profile: 'data-package',
    name: 'ukraine-territory-map',
    title: 'Ukraine: who holds, who claims, who demands',
    description:
      "Land Russia holds in each of Ukraine's units on every day of the series, and the areas each side claimed, demanded or proposed in the 2024-2025 talks, measured in km². Credit: " +
      `${source.credit.en}; Boundaries: Natural Earth.`,
    licenses: places ? [...licenses, places.licence] : licenses,
    sources: places ? [...scenarioSources, places.source] : scenarioSources,
    resources: [
      ...tables.map((t) => ({
        profile: 'tabular-data-resource',
        name: t.name,
        path: t.path,
        title: t.title,
        description: t.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
        schema: t.schema,
        licenses: licensesOf(t.name),
        sources: sourcesOf(t.name),
      })),
      ...geojson.map((g) => ({
        profile: 'data-resource',
        name: g.name,
        path: g.path,
        title: g.title,
        description: `${g.description} The schema lists the fields of each feature's properties.`,
        format: 'geojson',
        mediatype: 'application/geo+json',
        encoding: 'utf-8',
        schema: { fields: g.fields },
        licenses,
        sources: scenarioSources,
      })),
    ],
  };
}
