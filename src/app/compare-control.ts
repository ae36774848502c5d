import type { ChangeBetween, UnitShape } from '../model/change-between.ts';
import { compareSentence } from '../model/compare-strings.ts';
import type { ControlFigures } from '../model/data-manifest.ts';
import type { UrlState } from '../model/url-state.ts';

type Polygons = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

export interface Comparison {
  /** The later day's control features, plus kind "taken", "regained" and "since" (a line). */
  control: Polygons;
  change: ChangeBetween;
}

/**
 * Comparisons of two days, computed once per pair. The clipping code is imported on the first
 * comparison only, so a reader who never compares never downloads it.
 */
export class CompareControl {
  private readonly done = new Map<string, Promise<Comparison>>();
  /** The units' shapes, made from their polygons at the first comparison. */
  private shapes: UnitShape[] | null = null;
  /** The comparison last shown, once computed. */
  private shown: { since: string; date: string; comparison: Comparison } | null = null;

  /** `units` is read at the first comparison only: the first view does not decode them. */
  constructor(private readonly units: () => Polygons) {}

  private unitShapes(): UnitShape[] {
    this.shapes ??= this.units().features.map((f) => ({
      iso: String(f.properties?.iso),
      polygons: (f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates]
        : f.geometry.coordinates) as UnitShape['polygons'],
    }));
    return this.shapes;
  }

  /** What changed hands between `since` and `date`, given the two days' control features. */
  between(since: string, date: string, earlier: Polygons, later: Polygons): Promise<Comparison> {
    const key = `${since}/${date}`;
    let entry = this.done.get(key);
    if (!entry) {
      entry = this.compute(earlier, later);
      entry.catch(() => this.done.delete(key));
      this.done.set(key, entry);
    }
    return entry;
  }

  /** The later day's control with what changed hands since the earlier day added, to be shown. */
  async show(since: string, date: string, earlier: Polygons, later: Polygons): Promise<Polygons> {
    const comparison = await this.between(since, date, earlier, later);
    this.shown = { since, date, comparison };
    return comparison.control;
  }

  /** The change shown, once it is the one the state asks for. */
  current(state: Pick<UrlState, 'since' | 'date'>): ChangeBetween | null {
    const shown = this.shown;
    if (!state.since || !shown || shown.since !== state.since || shown.date !== state.date)
      return null;
    return shown.comparison.change;
  }

  /** The summary's sentence, once the comparison shown is the one the state asks for. */
  sentence(state: UrlState, figures: ControlFigures): string | null {
    const { since, date, region, lang } = state;
    const change = this.current(state);
    if (!since || !change) return null;
    const unit = figures.units.find((u) => u.iso === region);
    const named = unit && { iso: unit.iso, name: lang === 'uk' ? unit.name_uk : unit.name_en };
    return compareSentence(change, since, date, named ?? null, lang);
  }

  private async compute(earlier: Polygons, later: Polygons): Promise<Comparison> {
    const { changeBetween } = await import('../model/change-between.ts');
    const change = changeBetween(earlier, later, this.unitShapes());
    const part = (kind: string, polygons: ChangeBetween['taken']): Polygons['features'] =>
      polygons.length === 0
        ? []
        : [
            {
              type: 'Feature',
              properties: { kind },
              geometry: { type: 'MultiPolygon', coordinates: polygons },
            },
          ];
    const since = earlier.features
      .filter((f) => f.properties?.kind === 'held')
      .map((f) => ({ ...f, properties: { kind: 'since' } }));
    return {
      change,
      control: {
        type: 'FeatureCollection',
        features: [
          ...later.features,
          ...part('taken', change.taken),
          ...part('regained', change.regained),
          ...since,
        ],
      },
    };
  }
}
