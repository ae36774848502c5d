import {
  formatPercent,
  formatStatedPercent,
  KM2,
  UNIT_SPACE,
  type Lang,
} from './format-figures.ts';

const unitWord = (unit: 'percent' | 'km2' | 'sq-mi', lang: Lang) =>
  unit === 'percent' ? '%' : unit === 'km2' ? KM2[lang] : lang === 'uk' ? 'кв. миль' : 'sq mi';

/**
 * A quoted or mapped figure in its own unit: "30%", "9,000 km²", "3,500 sq mi". A quoted
 * percentage keeps the precision its source gave ("roughly 30%" is not "30.0%"); a mapped one has
 * one decimal.
 */
export function formatClaimValue(
  value: number,
  unit: 'percent' | 'km2' | 'sq-mi',
  lang: Lang,
  as: 'quoted' | 'mapped' = 'mapped',
): string {
  if (unit === 'percent')
    return as === 'quoted' ? formatStatedPercent(value, lang) : formatPercent(value / 100, lang);
  const locale = lang === 'uk' ? 'uk-UA' : 'en-GB';
  return `${Math.round(value).toLocaleString(locale)}${UNIT_SPACE}${unitWord(unit, lang)}`;
}
