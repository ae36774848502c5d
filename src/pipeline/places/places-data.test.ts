import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUnits } from '../boundaries/load-units.ts';
import { paths } from '../paths.ts';
import { fillPlaces } from './fill-places.ts';
import { geonamesCitiesOfUkraine } from './geonames-cities.ts';
import { loadPlaces } from './load-places.ts';
import { validatePlaces } from './validate-places.ts';

const placesFile = join(paths.root, 'data/places.json');

describe('data/places.json', () => {
  it('passes its schema and checks, every point inside its own unit', async () => {
    const { units } = await loadUnits(paths.unitsFile);
    const places = await loadPlaces(placesFile, paths.root);
    expect(validatePlaces(places, units, 'data/places.json')).toEqual([]);
    expect(places.places.length).toBeGreaterThanOrEqual(100);
  });

  it('holds the positions and populations GeoNames gives (npm run data:places changes nothing)', async () => {
    const places = await loadPlaces(placesFile, paths.root);
    const { version, byId } = geonamesCitiesOfUkraine();
    const filled = fillPlaces(places, byId, version, 'data/places.json');
    expect(filled.problems).toEqual([]);
    expect(filled.file).toEqual(places);
  });
});
