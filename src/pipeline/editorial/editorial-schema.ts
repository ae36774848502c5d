import { z } from 'zod';
import { ROLES } from '../../model/roles.ts';

/**
 * The editorial model: parties, sources, quotes, named areas and scenarios, one JSON file each in
 * data/. This schema is the single declaration both of their TypeScript types and of what the build
 * accepts; cross-references (ids, quotes against seeds, dates against the timeline) are checked in
 * validate-editorial.ts.
 */

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase id of letters, digits and hyphens');
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const unitCodeSchema = z
  .string()
  .regex(/^UA-\d{2}$/, 'expected an ISO 3166-2 code such as "UA-14"');
const localizedSchema = z.strictObject({ en: z.string().min(1), uk: z.string().min(1) });

/**
 * An area, written as a small expression over named inputs, e.g. the part of Donetsk oblast not
 * held on 12 Aug 2025: {"difference": [{"units": ["UA-14"]}, {"held": "2025-08-12"}]}.
 */
export type AreaExpression =
  | { units: string[] }
  | { held: string }
  | { area: string }
  | { union: AreaExpression[] }
  | { intersection: AreaExpression[] }
  | { difference: AreaExpression[] };

export const areaExpressionSchema: z.ZodType<AreaExpression> = z.lazy(() =>
  z.union(
    [
      z.strictObject({ units: z.array(unitCodeSchema).min(1, 'expected at least one unit') }),
      z.strictObject({ held: isoDateSchema }),
      z.strictObject({ area: idSchema }),
      z.strictObject({
        union: z.array(areaExpressionSchema).min(2, 'a union needs at least two parts'),
      }),
      z.strictObject({
        intersection: z
          .array(areaExpressionSchema)
          .min(2, 'an intersection needs at least two parts'),
      }),
      z.strictObject({
        difference: z
          .array(areaExpressionSchema)
          .min(2, 'a difference needs an area and at least one part to take away'),
      }),
    ],
    {
      error:
        'expected an area expression: {"units": [...]}, {"held": "YYYY-MM-DD"}, {"area": "id"}, ' +
        '{"union": [...]}, {"intersection": [...]} or {"difference": [...]}',
    },
  ),
);

export const partiesFileSchema = z.strictObject({
  parties: z.array(z.strictObject({ id: idSchema, name: localizedSchema })).min(1),
});

/** Words copied from a seed; the build checks each part between " … " against the seed's text. */
const seedWordsSchema = z.string().min(1);

export const sourcesFileSchema = z.strictObject({
  sources: z
    .array(
      z.strictObject({
        id: idSchema,
        /** File name in seeds/. */
        seed: z
          .string()
          .regex(/^[\w.-]+\.txt$/, 'expected a file name in seeds/, such as "000_x.txt"'),
        /** The headline as the copy gives it; null when the copy has none. */
        title: z.string().min(1).nullable(),
        /**
         * The publisher as the copy names it (the name must be in the text), or as inferred from
         * the copy's words (`inferredFrom`); null when the copy does not name one.
         */
        publisher: z
          .strictObject({ name: z.string().min(1), inferredFrom: seedWordsSchema.optional() })
          .nullable(),
        /** The author as the byline names them; null when the copy names none. */
        author: z.string().min(1).nullable(),
        date: isoDateSchema,
        /** A date the text states, or one inferred from its words (shown as "date inferred"). */
        dateBasis: z.strictObject({
          kind: z.enum(['stated', 'inferred']),
          words: seedWordsSchema,
        }),
        language: z.enum(['en', 'uk']),
        note: z.string().min(1).optional(),
      }),
    )
    .min(1),
});

export const roleSchema = z.enum(ROLES);

/**
 * How the copy presents a quote: the speaker's own words in quotation marks (`direct`), the copy's
 * account of what the speaker said (`reported`), or the copy's own words with no speaker
 * (`narration`).
 */
export const attributionSchema = z.enum(['direct', 'reported', 'narration']);

/** Whoever a quote is attributed to, named and described in both languages once. */
const speakerSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  /** Office or function at the time of the sources, e.g. "President of Ukraine". */
  role: localizedSchema.optional(),
});

/**
 * A figure the sources state, declared once however many quotes state it, to be set beside the
 * value the map computes for the area it describes.
 */
const claimSchema = z.strictObject({
  id: idSchema,
  quantity: z.number().positive(),
  unit: z.enum(['percent', 'km2', 'sq-mi']),
  /** The area the figure describes; a percent is of `shareOf`. */
  area: idSchema,
  shareOf: z.array(unitCodeSchema).min(1).optional(),
  date: isoDateSchema,
  /** Why the quoted figure and the map's may differ, beyond what the map measures (no figures of the map's: those change with the data). */
  note: localizedSchema,
});

const quoteSchema = z
  .strictObject({
    id: idSchema,
    source: idSchema,
    /** Exactly as in the seed text: the build refuses any difference, even one character. */
    text: z.string().min(1),
    attribution: attributionSchema,
    /** A speaker id; none for narration. */
    speaker: idSchema.optional(),
    /** The wire or outlet the words come through, and the seed's words that say so. */
    via: z.strictObject({ outlet: localizedSchema, words: seedWordsSchema }).optional(),
    /** When or how the words were said, where that differs from the source's date. */
    occasion: localizedSchema.optional(),
    party: idSchema.optional(),
    about: z
      .strictObject({
        areas: z.array(idSchema).optional(),
        units: z.array(unitCodeSchema).optional(),
        scenarios: z.array(idSchema).optional(),
        /** Places of the gazetteer (data/places.json) the quote names, each by one of its names. */
        places: z.array(idSchema).optional(),
      })
      .refine((about) => Object.values(about).some((list) => list && list.length > 0), {
        message: 'expected at least one area, unit, place or scenario the quote speaks about',
      }),
    /** Ids of the figures (in `claims`) the quote states. */
    claims: z.array(idSchema).min(1).optional(),
  })
  .superRefine((quote, context) => {
    if (quote.attribution === 'narration' && quote.speaker) {
      context.addIssue({
        code: 'custom',
        path: ['speaker'],
        message: 'a quote in the copy’s own words ("narration") has no speaker; expected none',
      });
    }
    if (quote.attribution !== 'narration' && !quote.speaker) {
      context.addIssue({
        code: 'custom',
        path: ['speaker'],
        message: `expected the id of whoever a ${quote.attribution} quote is attributed to`,
      });
    }
  });

export const quotesFileSchema = z.strictObject({
  speakers: z.array(speakerSchema).default([]),
  claims: z.array(claimSchema).default([]),
  quotes: z.array(quoteSchema),
});

export const areasFileSchema = z.strictObject({
  areas: z.array(
    z.strictObject({
      id: idSchema,
      name: localizedSchema,
      expression: areaExpressionSchema,
      /** Why the area is drawn as it is, when a source describes it only in words. */
      note: localizedSchema.optional(),
    }),
  ),
});

export const scenariosFileSchema = z.strictObject({
  scenarios: z.array(
    z.strictObject({
      id: idSchema,
      /** Whose demand or position it is; none for the timeline scenario, which is data. */
      party: idSchema.optional(),
      title: localizedSchema,
      summary: localizedSchema,
      /**
       * The timeline scenario: it draws the control layer of whichever date the reader picks (by
       * default the latest) instead of areas of its own, and is credited to the control source.
       */
      timeline: z.literal(true).optional(),
      /** The date the scenario's areas are measured on; none for the timeline scenario. */
      date: isoDateSchema.optional(),
      /** Why that date, when the sources give no exact day. */
      dateNote: localizedSchema.optional(),
      layers: z.array(z.strictObject({ area: idSchema, role: roleSchema })),
      /** What the sources say but leave too vague to draw: shown as text, never as a polygon. */
      unmapped: z.array(localizedSchema).optional(),
      quotes: z.array(idSchema),
    }),
  ),
});

export type PartiesFile = z.infer<typeof partiesFileSchema>;
export type SourcesFile = z.infer<typeof sourcesFileSchema>;
export type QuotesFile = z.infer<typeof quotesFileSchema>;
export type AreasFile = z.infer<typeof areasFileSchema>;
export type ScenariosFile = z.infer<typeof scenariosFileSchema>;
export type Role = z.infer<typeof roleSchema>;

export type Claim = QuotesFile['claims'][number];

export interface Editorial {
  parties: PartiesFile['parties'];
  sources: SourcesFile['sources'];
  speakers: QuotesFile['speakers'];
  claims: QuotesFile['claims'];
  quotes: QuotesFile['quotes'];
  areas: AreasFile['areas'];
  scenarios: ScenariosFile['scenarios'];
}
