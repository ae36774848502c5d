import type { ControlInputs } from '../control/control-inputs.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import type { StagedOutput } from '../output/staged-output.ts';
import { placeIdsInside } from './held-place-ids.ts';
import { heldPlaceDays } from './held-place-days.ts';
import { tableFile, type TableFile } from '../open-data/table.ts';
import { areaPlacesTable, placeHistoriesTable, placesData } from './places-output.ts';
import type { PlacesFile } from './places-schema.ts';
import { quotesByPlace } from './quotes-by-place.ts';

/**
 * The place step of `npm run data`: tests every place's point against every day's held land and
 * against each area a scenario draws, and writes places.<hash>.json for the app, with the quotes
 * that name each place (`about.places`). Returns its path
 * and the two open tables for readers (place-histories.csv, scenario-area-places.csv), which are
 * published under open/ with the other tables.
 */
export async function writePlaces(
  places: PlacesFile,
  sourceName: string,
  inputs: ControlInputs,
  editorial: {
    drawnAreas: ReadonlyMap<string, MultiPolygon>;
    quotes: readonly { id: string; about: { places?: string[] } }[];
  } | null,
  cache: { dir: string; codeVersion: string },
  output: StagedOutput,
): Promise<{ file: string; tables: [TableFile, TableFile] }> {
  const points = places.places.map(({ id, lon, lat }) => ({ id, lon, lat }));
  const byDate = await heldPlaceDays(inputs.series, points, cache);
  const drawn = editorial?.drawnAreas ?? new Map<string, MultiPolygon>();
  const data = placesData(
    places,
    { dates: inputs.series.map((s) => s.date), source: sourceName },
    (date) => byDate.get(date)!,
    new Set(inputs.preInvasion ? placeIdsInside(inputs.preInvasion.readHeld(), points) : []),
    new Map([...drawn].map(([id, polygons]) => [id, placeIdsInside(polygons, points)])),
    quotesByPlace(editorial?.quotes ?? []),
  );
  return {
    file: await output.writeHashed('places', '.json', JSON.stringify(data)),
    tables: [tableFile(placeHistoriesTable(data)), tableFile(areaPlacesTable(data))],
  };
}
