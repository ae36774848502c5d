import type { ChangeBetween } from '../model/change-between.ts';
import {
  areaPlacesSummary,
  placeDetails,
  placeQuotesHeading,
  quotesNaming,
} from '../model/place-details.ts';
import { placesChangedBetween } from '../model/places-changed.ts';
import { areaDetails, unitDetails } from '../model/region-details.ts';
import { scenarioView } from '../model/scenario-view.ts';
import { selectionOf } from '../model/selection.ts';
import { unitChanges } from '../model/unit-change.ts';
import type { UrlState } from '../model/url-state.ts';
import { renderDetails } from '../ui/render-details.ts';
import { renderPlace } from '../ui/render-place.ts';
import { element } from './element.ts';
import type { AppData } from './load-app-data.ts';
import type { HistoryMode } from './url-router.ts';

type Change = (partial: Partial<UrlState>, mode: HistoryMode, focusDetails?: boolean) => void;

/**
 * The details panel for the state: the open place, else the selected unit or area, else the
 * scenario. Returns its heading, which takes the focus when the reader asked for the panel.
 * `compared` is the change between `since` and the date, once computed: a unit's panel gives its part.
 */
export function renderDetailsPanel(
  data: AppData,
  state: UrlState,
  change: Change,
  compared: ChangeBetween | null = null,
): HTMLHeadingElement {
  const { editorial, manifest, figures, places } = data;
  const { lang, date, scenario, region, place } = state;
  const placeView = place && placeDetails(places, place, date, lang, manifest.references[0]);
  if (placeView) {
    const unit = figures.units.find((u) => u.iso === placeView.place.oblast)!;
    const quotes = quotesNaming(placeView.place, editorial);
    return renderPlace(element('details'), placeView, {
      lang,
      unitName: lang === 'uk' ? unit.name_uk : unit.name_en,
      openUnit: () => change({ region: unit.iso }, 'push', true),
      close: () => change({ place: null }, 'push', true),
      quotes,
      quotesHeading: placeQuotesHeading(quotes, editorial, lang),
      editorial,
    });
  }
  const selection = selectionOf(region);
  const details = selection.unit
    ? {
        ...unitDetails(selection.unit, date, editorial, figures),
        change:
          state.since && compared
            ? {
                since: state.since,
                date,
                row: unitChanges(compared, figures, state.since, date).units.find(
                  (u) => u.iso === selection.unit,
                )!,
                places: placesChangedBetween(places, state.since, date, selection.unit),
              }
            : undefined,
      }
    : selection.area
      ? areaDetails(selection.area, editorial, figures)
      : scenarioView(editorial, scenario);
  return renderDetails(element('details'), details, {
    lang,
    editorial,
    date,
    ukraineKm2: manifest.ukraineKm2,
    areaPlaces: selection.area ? areaPlacesSummary(places, selection.area, lang) : null,
    openArea: (id) => change({ region: id }, 'push', true),
    openUnit: (iso) => change({ region: iso }, 'push', true),
    showDate: (d) => change({ date: d }, 'push'),
    close: () => change({ region: null }, 'push', true),
  });
}

/**
 * The open place in a line, "Pokrovsk: …", for the callout at the map where its panel is out of
 * sight (a phone); null without a place.
 */
export function placeLine(data: AppData, state: UrlState): string | null {
  const { manifest, places } = data;
  const view =
    state.place &&
    placeDetails(places, state.place, state.date, state.lang, manifest.references[0]);
  return view ? `${view.name}: ${view.onShownDate.text}` : null;
}
