import { compareStrings, signedNetKm2 } from '../model/compare-strings.ts';
import { formatKm2, type Lang } from '../model/format-figures.ts';
import type { PlaceChange } from '../model/places-changed.ts';
import type { UnitComparison } from '../model/region-details.ts';
import { el } from './dom.ts';

/**
 * A unit's change between two days in the region panel: taken, regained and net km² from the
 * drawn shapes, the daily figures' net beside them with what the border reconciliation and the
 * drawing's simplification account for, and the unit's places that changed hands.
 */
export function changeSection(c: UnitComparison, lang: Lang): Node[] {
  const t = compareStrings[lang];
  const { row } = c;
  return [
    el('h3', {}, t.between(c.since, c.date)),
    el(
      'dl',
      { class: 'facts change-facts' },
      el('dt', {}, t.taken),
      el('dd', { 'data-figure': 'taken' }, formatKm2(row.takenKm2, lang)),
      el('dt', {}, t.regained),
      el('dd', { 'data-figure': 'regained' }, formatKm2(row.regainedKm2, lang)),
      el('dt', {}, t.net),
      el('dd', { 'data-figure': 'net' }, signedNetKm2(row.takenKm2, row.regainedKm2, lang)),
    ),
    el(
      'p',
      { class: 'note', 'data-figure': 'figures-net' },
      t.figuresNote({
        ...row,
        since: c.since,
        date: c.date,
        drawnMinusFiguresKm2: row.netKm2 - row.figuresNetKm2,
      }),
    ),
    ...placesChanged(c.places, lang),
  ];
}

/** The places that changed hands, each with its side and day, oldest first. */
export function placesChanged(places: PlaceChange[], lang: Lang): Node[] {
  const t = compareStrings[lang];
  if (!places.length) return [el('p', { class: 'note places-changed' }, t.noPlaces)];
  return [
    el('h4', {}, t.placesHeading(places.length)),
    el(
      'ul',
      { class: 'places-changed' },
      ...places.map((p) =>
        el(
          'li',
          { 'data-kind': p.kind, 'data-place': p.place.id },
          t.placeEvent(p.place.name[lang], p.kind, p.date, p.byDate),
        ),
      ),
    ),
  ];
}
