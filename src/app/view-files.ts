import type { MapView } from '../map/map-view.ts';
import type { ChangeBetween } from '../model/change-between.ts';
import { changeCsv, changeGeoJson } from '../model/change-downloads.ts';
import { compareStrings } from '../model/compare-strings.ts';
import { daySentence } from '../model/describe-day.ts';
import { legendContentOf } from '../model/legend-content.ts';
import { scenarioView } from '../model/scenario-view.ts';
import { strings } from '../model/strings.ts';
import { unitChanges } from '../model/unit-change.ts';
import type { Theme, UrlState } from '../model/url-state.ts';
import { controlGeoJson, viewFiguresCsv } from '../model/view-downloads.ts';
import { palettes } from '../style/palette.ts';
import { composePicture } from '../ui/export-png.ts';
import { creditLine, creditTexts } from '../ui/render-credits.ts';
import { element } from './element.ts';
import type { AppData } from './load-app-data.ts';

export interface ViewFile {
  name: string;
  blob: Blob;
}

/** What a download needs to know of the moment it is asked for. */
export interface ViewNow {
  state: UrlState;
  theme: Theme;
  map: MapView;
  /** With `since`: the change shown and the summary's sentence about it, once computed. */
  compared: { change: ChangeBetween; sentence: string } | null;
}

/**
 * The view as files a reader downloads: a PNG with title, date, legend and credits drawn in; the
 * areas as GeoJSON; the figures as CSV. Named after the view, e.g.
 * "ukraine-map-istanbul-2025-2025-05-16.csv". With `since`, the three are of the change: the PNG
 * named after it, the land taken and regained as GeoJSON, taken/regained/net per unit as CSV
 * ("ukraine-map-held-on-date-2025-05-16-to-2025-08-12.csv").
 */
export class ViewFiles {
  constructor(
    private readonly data: AppData,
    private readonly now: () => ViewNow,
  ) {}

  async picture(pixelRatio: number): Promise<ViewFile> {
    const { state, theme, map, compared } = this.now();
    const { lang, scenario } = state;
    const view = scenarioView(this.data.editorial, scenario);
    const box = element('map').getBoundingClientRect();
    const blob = await composePicture({
      snapshot: await map.snapshot(pixelRatio),
      width: box.width,
      height: box.height,
      pixelRatio,
      palette: palettes[theme],
      legend: legendContentOf(view, this.day(state.date), this.referenceDate(), state.since),
      title: compared
        ? `${compareStrings[lang].pictureTitle} · ${compareStrings[lang].between(state.since!, state.date)}`
        : view.scenario.timeline
          ? strings[lang].title
          : view.scenario.title[lang],
      summary:
        compared?.sentence ??
        daySentence(this.day(state.date), this.data.manifest.ukraineKm2, lang),
      credits: creditTexts(this.data.manifest.credits, lang),
      lang,
    });
    return { name: `${this.stem(state)}${pixelRatio > 1 ? `@${pixelRatio}x` : ''}.png`, blob };
  }

  /** The scenario's published GeoJSON, or for the timeline the held area of the date. */
  async areas(): Promise<ViewFile> {
    const { state, compared } = this.now();
    const { manifest, client, snapshots } = this.data;
    const name = `${this.stem(state)}.geojson`;
    if (compared) {
      const geojson = changeGeoJson(
        compared.change,
        state.since!,
        state.date,
        creditLine(manifest.credits, state.lang),
      );
      return { name, blob: new Blob([JSON.stringify(geojson)], { type: 'application/geo+json' }) };
    }
    const published = manifest.editorial?.scenarios[state.scenario];
    if (published) return { name, blob: await client.blob(published) };
    const geojson = controlGeoJson(
      await snapshots.get(state.date),
      state.date,
      this.day(state.date).heldKm2,
      creditLine(manifest.credits, state.lang),
    );
    return { name, blob: new Blob([JSON.stringify(geojson)], { type: 'application/geo+json' }) };
  }

  figures(): ViewFile {
    const { state, compared } = this.now();
    const { editorial, figures, manifest } = this.data;
    const csv = compared
      ? changeCsv(
          unitChanges(compared.change, figures, state.since!, state.date),
          state.since!,
          state.date,
          creditLine(manifest.credits, state.lang),
        )
      : viewFiguresCsv(
          figures,
          scenarioView(editorial, state.scenario),
          state.date,
          manifest.ukraineKm2,
          creditLine(manifest.credits, state.lang),
        );
    return {
      name: `${this.stem(state)}.csv`,
      blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }),
    };
  }

  private stem(state: UrlState): string {
    return state.since && this.now().compared
      ? `ukraine-map-${state.scenario}-${state.since}-to-${state.date}`
      : `ukraine-map-${state.scenario}-${state.date}`;
  }

  private day(date: string) {
    return this.data.days.find((d) => d.date === date)!;
  }

  private referenceDate(): string {
    return this.data.manifest.references[0]!.date;
  }
}
