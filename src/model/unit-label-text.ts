import type { Lang } from './format-figures.ts';

/**
 * The short name a unit's label shows: "Donetsk", "Донецька" (the word "область" is implied on a
 * map of oblasts), "Crimea" for the autonomous republic. The maps set it in capitals.
 */
export function labelText(
  unit: { iso: string; name_en: string; name_uk: string },
  lang: Lang,
): string {
  if (lang === 'en') return unit.iso === 'UA-43' ? 'Crimea' : unit.name_en;
  return unit.iso === 'UA-43' ? 'Крим' : unit.name_uk.replace(/ область$/, '');
}
