import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../paths.ts';
import { loadUnits } from './load-units.ts';

async function variantOfUnits(
  change: (features: { properties: Record<string, string> }[]) => unknown[],
) {
  const json = JSON.parse(await readFile(paths.unitsFile, 'utf8'));
  json.features = change(json.features);
  const file = join(await mkdtemp(join(tmpdir(), 'units-')), 'units.geojson');
  await writeFile(file, JSON.stringify(json));
  return file;
}

describe('loadUnits', () => {
  it('loads all 27 units with their areas', async () => {
    const { units } = await loadUnits(paths.unitsFile);
    expect(units).toHaveLength(27);
    const total = units.reduce((sum, u) => sum + u.areaKm2, 0);
    // Natural Earth 1:10m, measured with turf: 597,212 km² (../shared/geodata/README.md).
    expect(total).toBeGreaterThan(597_000);
    expect(total).toBeLessThan(597_400);
  });

  it('names the missing unit', async () => {
    const file = await variantOfUnits((fs) => fs.filter((f) => f.properties.iso !== 'UA-14'));
    await expect(loadUnits(file)).rejects.toThrow(
      `${file}: unit UA-14 missing; expected all 27 first-level units`,
    );
  });

  it('refuses a unit without a Ukrainian name', async () => {
    const file = await variantOfUnits((fs) =>
      fs.map((f, i) => (i === 3 ? { ...f, properties: { ...f.properties, name_uk: '' } } : f)),
    );
    await expect(loadUnits(file)).rejects.toThrow(
      'features[3].properties.name_uk: expected a non-empty string',
    );
  });

  it('refuses a unit listed twice', async () => {
    const file = await variantOfUnits((fs) => [...fs, fs[0]]);
    await expect(loadUnits(file)).rejects.toThrow('features[27]: unit UA-05 appears twice');
  });
});
