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
  const collator = new Intl.Collator(lang === 'uk' ? 'uk' : 'en');
  return units.map((_, u) => u).sort((a, b) => collator.compare(name(units[a]!), name(units[b]!)));
}
