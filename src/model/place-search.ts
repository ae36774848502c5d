import type { Lang } from './format-figures.ts';
import type { PlaceRecord } from './places-data.ts';
import { searchKey } from './search-key.ts';

/** A unit (oblast, Crimea, Kyiv, Sevastopol), found by search like a town. */
export interface SearchUnit {
  iso: string;
  name_en: string;
  name_uk: string;
}

export interface SearchResult {
  kind: 'place' | 'unit';
  /** A gazetteer id, or a unit's ISO code. */
  id: string;
  /** The name in the reader's language. */
  name: string;
  /** The spelling the query matched when it is not a shown name ("Artemivsk" for Bakhmut). */
  matched: string | null;
}

interface Entry {
  kind: SearchResult['kind'];
  id: string;
  names: Record<Lang, string>;
  /** Every spelling, with its search key; the two shown names first. */
  spellings: { text: string; key: string }[];
  /** Lower sorts first among equally good matches. */
  order: number;
}

/**
 * How well a spelling matches: the whole name, the start of it, the start of one of its words, or
 * anywhere inside it (0 is no match; 1, inside, is offered only when nothing better is found).
 */
function matchQuality(key: string, query: string): number {
  if (key === query) return 4;
  if (key.startsWith(query)) return 3;
  if (key.includes(` ${query}`)) return 2;
  return key.includes(query) ? 1 : 0;
}

/**
 * Search over the gazetteer and the 27 units, insensitive to case, accents and apostrophes, in both
 * scripts and the variant spellings readers type. A unit is also found by the spellings of its
 * centre ("Zaporozhye" finds the city and the oblast).
 */
export function createPlaceSearch(
  places: readonly PlaceRecord[],
  units: readonly SearchUnit[],
): (query: string, lang: Lang, limit?: number) => SearchResult[] {
  const withKeys = (texts: string[]) =>
    [...new Set(texts)].map((text) => ({ text, key: searchKey(text) }));
  const centre = new Map(places.flatMap((p) => p.centreOf.map((iso) => [iso, p] as const)));
  const entries: Entry[] = [
    ...places.map((p) => ({
      kind: 'place' as const,
      id: p.id,
      names: p.name,
      spellings: withKeys([p.name.en, p.name.uk, ...p.variants]),
      order: p.rank * 1e8 - (p.population ?? 0),
    })),
    ...units.map((u) => {
      const c = centre.get(u.iso);
      return {
        kind: 'unit' as const,
        id: u.iso,
        names: { en: u.name_en, uk: u.name_uk },
        spellings: withKeys([u.name_en, u.name_uk, ...(c ? c.variants : [])]),
        // After the towns of the same name, before the small ones.
        order: 2.5e8,
      };
    }),
  ];
  return (query, lang, limit = 8) => {
    const q = searchKey(query);
    if (q === '') return [];
    const found: { entry: Entry; quality: number; matched: string | null }[] = [];
    for (const entry of entries) {
      let best = 0;
      let matched: string | null = null;
      for (const [i, { text, key }] of entry.spellings.entries()) {
        const quality = matchQuality(key, q);
        if (quality > best) {
          best = quality;
          matched = i < 2 ? null : text;
        }
      }
      if (best > 0) found.push({ entry, quality: best, matched });
    }
    // A name matched only inside a word ("Enakievo" for "kiev") is offered only when nothing
    // matches at a word's start: beside Kyiv, Yenakiieve would only be noise.
    const best = Math.max(0, ...found.map((f) => f.quality));
    return found
      .filter(({ quality }) => quality > 1 || best === 1)
      .sort((a, b) => b.quality - a.quality || a.entry.order - b.entry.order)
      .slice(0, limit)
      .map(({ entry, matched }) => ({
        kind: entry.kind,
        id: entry.id,
        name: entry.names[lang],
        matched,
      }));
  };
}
