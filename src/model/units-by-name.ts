import type { Lang } from './format-figures.ts';

/** A unit's names, as the figures name it. */
interface Named {
  name_en: string;
  name_uk: string;
}

/**
 * The units' indexes in the order of their names in the reader's language, as a reader looks a
 * region up (the region list, the figures table): the data keeps them in ISO code order, which
 * reads as no order at all ("Vinnytsia, Volyn, Luhansk…").
 */
export function unitsByName(units: readonly Named[], lang: Lang): number[] {
  const name = (unit: Named) => (lang === 'uk' ? unit.name_uk : unit.name_en);
  // Made once per language, when first needed, not per call: the region list is ordered again on
  // every step of the timeline, and making a collator costs more than sorting 27 names with it.
  const collator = (collators[lang] ??= new Intl.Collator(lang));
  return units.map((_, u) => u).sort((a, b) => collator.compare(name(units[a]!), name(units[b]!)));
}

const collators: Partial<Record<Lang, Intl.Collator>> = {};
