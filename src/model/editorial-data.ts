import type { Lang } from './format-figures.ts';
import type { OverlayRole, Role } from './roles.ts';

/**
 * The contract between the data build and the browser for the editorial model:
 * public/data/editorial.<hash>.json, written by src/pipeline/output/editorial-for-browser.ts. The
 * pipeline's schema (data/*.json) is richer; this is what the UI reads, with every figure computed.
 */
export type Localized = Record<Lang, string>;

export type { Role } from './roles.ts';

/**
 * How the copy presents a quote: the speaker's words (`direct`), the copy's account of them
 * (`reported`), or the copy's own words (`narration`, no speaker).
 */
export type Attribution = 'direct' | 'reported' | 'narration';

export interface EditorialData {
  parties: { id: string; name: Localized }[];
  sources: {
    id: string;
    seed: string;
    /** The headline as the copy gives it; null when it has none. */
    title: string | null;
    /** As the copy names it, or inferred from the copy's words; null when it names none. */
    publisher: { name: string; inferredFrom?: string } | null;
    author: string | null;
    date: string;
    dateBasis: { kind: 'stated' | 'inferred'; words: string };
    language: Lang;
    note?: string;
  }[];
  speakers: { id: string; name: Localized; role?: Localized }[];
  quotes: {
    id: string;
    source: string;
    text: string;
    attribution: Attribution;
    /** A speaker id; none for the copy's own words. */
    speaker?: string;
    /** The wire or outlet the words come through, and the copy's words that say so. */
    via?: { outlet: Localized; words: string };
    occasion?: Localized;
    party?: string;
    about: { areas?: string[]; units?: string[]; scenarios?: string[]; places?: string[] };
    /** Ids of the figures in `claims` the quote states. */
    claims?: string[];
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
    /**
     * What it draws in each role but `held`, its areas in that role together (overlaps counted
     * once), in the order of ROLES: the scenario's own figures, for the sentence under the title.
     */
    totals: { role: OverlayRole; km2: number; pctOfUkraine: number }[];
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
  /** Each distinct figure the quotes state, once, beside the map's. */
  claims: {
    id: string;
    /** The quotes that state it. */
    quotes: string[];
    area: string;
    date: string;
    unit: 'percent' | 'km2' | 'sq-mi';
    quoted: number;
    /** The same quantity computed from the map's geometry, in the claim's unit. */
    mapped: number;
    /** The km² the map measures: the area, or for a percentage its part inside the units. */
    measuredKm2: number;
    /** For a percentage, the km² of the units it is a share of; otherwise null. */
    wholeKm2: number | null;
    /** Why the quoted and the mapped figure may differ, beyond what the map measures. */
    note: Localized;
  }[];
}

export type Scenario = EditorialData['scenarios'][number];
export type Quote = EditorialData['quotes'][number];
export type Source = EditorialData['sources'][number];
export type Speaker = EditorialData['speakers'][number];
export type EditorialArea = EditorialData['areas'][number];
export type ClaimFigure = EditorialData['claims'][number];
