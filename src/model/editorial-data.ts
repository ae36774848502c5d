import type { Lang } from './format-figures.ts';
import type { Role } from './roles.ts';

/**
 * The contract between the data build and the browser for the editorial model:
 * public/data/editorial.<hash>.json, written by src/pipeline/output/editorial-for-browser.ts. The
 * pipeline's schema (data/*.json) is richer; this is what the UI reads, with every figure computed.
 */
export type Localized = Record<Lang, string>;

export type { Role } from './roles.ts';

export interface EditorialData {
  parties: { id: string; name: Localized }[];
  sources: {
    id: string;
    seed: string;
    title: string | null;
    publisher: string | null;
    author: string | null;
    date: string;
    dateBasis: { kind: 'stated' | 'inferred'; words: string };
    language: Lang;
    note?: string;
  }[];
  quotes: {
    id: string;
    source: string;
    text: string;
    speaker: string;
    party?: string;
    about: { areas?: string[]; units?: string[]; scenarios?: string[] };
  }[];
  scenarios: {
    id: string;
    party?: string;
    title: Localized;
    summary: Localized;
    timeline?: true;
    date?: string;
    dateNote?: Localized;
    layers: { area: string; role: Role }[];
    unmapped?: Localized[];
    quotes: string[];
  }[];
  areas: {
    id: string;
    name: Localized;
    note: Localized | null;
    km2: number;
    pctOfUkraine: number;
    /** km² of the area inside each unit, by ISO code. */
    byUnit: Record<string, number>;
  }[];
  claims: {
    quote: string;
    area: string;
    date: string;
    unit: 'percent' | 'km2' | 'sq-mi';
    quoted: number;
    /** The same quantity computed from the map's geometry, in the claim's unit. */
    mapped: number;
  }[];
}

export type Scenario = EditorialData['scenarios'][number];
export type Quote = EditorialData['quotes'][number];
export type Source = EditorialData['sources'][number];
export type EditorialArea = EditorialData['areas'][number];
export type ClaimFigure = EditorialData['claims'][number];
