import type { DataManifest } from '../../model/data-manifest.ts';
import type { ControlInputs } from '../control/control-inputs.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import type { StagedOutput } from '../output/staged-output.ts';
import { placeIdsInside } from './held-place-ids.ts';
import { heldPlaceDays } from './held-place-days.ts';
import { areaPlacesCsv, placeHistoriesCsv, placesData } from './places-output.ts';
import type { PlacesFile } from './places-schema.ts';

/**
 * The place step of `npm run data`: tests every place's point against every day's held land and
 * against each area a scenario draws, and writes places.<hash>.json for the app with
 * place-histories.csv and scenario-area-places.csv for readers. Returns the manifest entry.
 */
export async function writePlaces(
  places: PlacesFile,
  sourceName: string,
  inputs: ControlInputs,
  editorial: { drawnAreas: ReadonlyMap<string, MultiPolygon> } | null,
  cache: { dir: string; codeVersion: string },
  output: StagedOutput,
): Promise<NonNullable<DataManifest['places']>> {
  const points = places.places.map(({ id, lon, lat }) => ({ id, lon, lat }));
  const byDate = await heldPlaceDays(inputs.series, points, cache);
  const drawn = editorial?.drawnAreas ?? new Map<string, MultiPolygon>();
  const data = placesData(
    places,
    { dates: inputs.series.map((s) => s.date), source: sourceName },
    (date) => byDate.get(date)!,
    new Set(inputs.preInvasion ? placeIdsInside(inputs.preInvasion.readHeld(), points) : []),
    new Map([...drawn].map(([id, polygons]) => [id, placeIdsInside(polygons, points)])),
  );
  return {
    file: await output.writeHashed('places', '.json', JSON.stringify(data)),
    csv: await output.write('place-histories.csv', placeHistoriesCsv(data)),
    areasCsv: await output.write('scenario-area-places.csv', areaPlacesCsv(data)),
  };
}
