import { z } from 'zod';
import { idSchema } from '../editorial/editorial-schema.ts';

const unitCodeSchema = z
  .string()
  .regex(/^UA-\d{2}$/, 'expected an ISO 3166-2 code such as "UA-14"');

/**
 * data/places.json, the gazetteer: the towns the map names, searches and follows over the series.
 * The Ukrainian name is the source; the English one is its KMU-2010 romanisation; `variants` are the
 * other spellings readers type (Russian-based, older or apostrophised ones). Positions and
 * populations are copied from the dataset named in `dataset` by `npm run data:places`, so that a
 * reviewer sees every figure in the file and its provenance beside it.
 */
export const placeSchema = z
  .strictObject({
    id: idSchema,
    name: z.strictObject({ uk: z.string().min(1), en: z.string().min(1) }),
    variants: z.array(z.string().min(1)),
    /** The first-level unit (ISO 3166-2:UA) the place lies in. */
    oblast: unitCodeSchema,
    /**
     * Label priority: 0 the capital (named at every zoom), 1 the oblast centres, 2 the large towns
     * in the news, 3 and 4 smaller ones.
     */
    rank: z.int().min(0).max(4),
    /** The units whose administrative centre this is (Kyiv is the centre of two). */
    centreOf: z.array(unitCodeSchema).min(1).optional(),
    /** The place's id in the dataset, or null where the dataset lacks it and `positionNote` says why. */
    geonamesId: z.int().positive().nullable(),
    lon: z.number().min(22).max(41, 'expected a longitude inside Ukraine (22–41° E)'),
    lat: z.number().min(44).max(53, 'expected a latitude inside Ukraine (44–53° N)'),
    /** As the dataset gives it, of no stated year; null where it gives none (or 0). */
    population: z.int().positive().nullable(),
    positionNote: z.string().min(1).optional(),
  })
  .refine((place) => place.geonamesId !== null || place.positionNote !== undefined, {
    message:
      'a place without a geonamesId needs a positionNote saying where its position comes from',
    path: ['positionNote'],
  });

export const placesFileSchema = z.strictObject({
  dataset: z.strictObject({
    name: z.string().min(1),
    /** Who publishes it, as a sentence for readers names it ("as GeoNames gives it"). */
    publisher: z.string().min(1),
    /** The package and version the positions and populations were copied from. */
    version: z.string().min(1),
    licence: z.string().min(1),
    credit: z.strictObject({ en: z.string().min(1), uk: z.string().min(1) }),
    /** What the population figure is, said for readers (it is not a current figure). */
    population: z.strictObject({ en: z.string().min(1), uk: z.string().min(1) }),
  }),
  places: z.array(placeSchema).min(1),
});

export type PlacesFile = z.infer<typeof placesFileSchema>;
export type Place = z.infer<typeof placeSchema>;
