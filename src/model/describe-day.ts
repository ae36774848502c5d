import type { ControlFigures } from './data-manifest.ts';
import { formatPercent, type Lang } from './format-figures.ts';
import { strings } from './strings.ts';
import type { TimelineDay } from './timeline.ts';

/** "Held by Russia on <date>: <km²>, <%> of Ukraine." (and the grey zone, where there is one). */
export function daySentence(day: TimelineDay, ukraineKm2: number, lang: Lang): string {
  return strings[lang].summary(day.date, day.heldKm2, day.heldKm2 / ukraineKm2, day.contestedKm2);
}

/** "Donetsk Oblast: 79.2% held by Russia": what the map says of a unit under the pointer. */
export function unitTooltip(
  figures: ControlFigures,
  iso: string,
  date: string,
  lang: Lang,
): string {
  const u = figures.units.findIndex((unit) => unit.iso === iso);
  const d = figures.dates.indexOf(date);
  if (u < 0) throw new Error(`no unit ${iso} in the figures`);
  if (d < 0) throw new Error(`no figures for ${date}`);
  const unit = figures.units[u]!;
  const share = figures.heldKm2[d]![u]! / unit.areaKm2;
  const name = lang === 'uk' ? unit.name_uk : unit.name_en;
  return strings[lang].tooltip(name, formatPercent(share, lang));
}
