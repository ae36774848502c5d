import { describe, expect, it } from 'vitest';
import type { MapView } from '../map/map-view.ts';
import { palettes } from '../style/palette.ts';
import { SwitchingMap } from './switching-map.ts';

type Polygons = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/** A map that writes down what it is told; `rendered()` waits until the test lets it draw. */
function recordingMap() {
  const calls: string[] = [];
  let draws: (() => void)[] = [];
  let destroyed = false;
  let clicks: (iso: string) => void = () => {};
  const map: MapView = {
    showControl: async (control) => void calls.push(`control ${control.features.length}`),
    showScenario: (drawn) => void calls.push(`scenario ${drawn.demanded.join()}`),
    select: (selection) => void calls.push(`select ${selection.unit}`),
    showPlace: (place) => void calls.push(`place ${place?.id ?? null}`),
    setPalette: (palette) =>
      void calls.push(`palette ${palette === palettes.dark ? 'dark' : 'light'}`),
    setLang: (lang) => void calls.push(`lang ${lang}`),
    keepClear: (boxes) => void calls.push(`clear ${boxes.length}`),
    onUnitClick: (handler) => void (clicks = handler),
    rendered: () => new Promise<void>((resolve) => draws.push(resolve)),
    snapshot: () => Promise.reject(new Error('not drawn here')),
    destroy: () => void (destroyed = true),
  };
  return {
    map,
    calls,
    destroyed: () => destroyed,
    click: (iso: string) => clicks(iso),
    /** Lets every waiting `rendered()` resolve, then lets the awaiting code run on. */
    draw: async () => {
      const waiting = draws;
      draws = [];
      waiting.forEach((resolve) => resolve());
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

const control = (n: number): Polygons => ({
  type: 'FeatureCollection',
  features: Array.from({ length: n }, () => ({
    type: 'Feature',
    properties: { kind: 'held' },
    geometry: { type: 'Polygon', coordinates: [] },
  })),
});

const drawn = (demanded: string[]) =>
  ({ demanded, held: [], claimed: [] }) as unknown as Parameters<MapView['showScenario']>[0];

describe('SwitchingMap', () => {
  it('tells the next map everything the first was told, and removes the first once it has drawn', async () => {
    const svg = recordingMap();
    const maplibre = recordingMap();
    const map = new SwitchingMap(svg.map, palettes.light);
    map.setLang('uk');
    map.showScenario(drawn(['donetsk-rest']));
    map.select({ unit: 'UA-14', area: null });
    map.keepClear([{ left: 10, top: 600, right: 400, bottom: 790 }]);
    await map.showControl(control(3));

    const switched = map.switchTo(maplibre.map);
    expect(maplibre.calls).toEqual([
      'lang uk',
      'palette light',
      'scenario donetsk-rest',
      'select UA-14',
      'place null',
      'clear 1',
      'control 3',
    ]);
    expect(svg.destroyed()).toBe(false);
    await maplibre.draw();
    expect(await switched).toBe(true);
    expect(svg.destroyed()).toBe(true);
  });

  it('tells the next map again what the reader changed while it was drawing', async () => {
    const svg = recordingMap();
    const maplibre = recordingMap();
    const map = new SwitchingMap(svg.map, palettes.light);
    await map.showControl(control(1));
    const switched = map.switchTo(maplibre.map);
    map.setPalette(palettes.dark);
    // Still the first map's: the reader sees the change at once, on the map on screen.
    expect(svg.calls.at(-1)).toBe('palette dark');
    await maplibre.draw();
    expect(maplibre.calls.filter((c) => c.startsWith('palette'))).toEqual([
      'palette light',
      'palette dark',
    ]);
    expect(svg.destroyed()).toBe(false);
    await maplibre.draw();
    expect(await switched).toBe(true);
    // From now on every call goes to the new map only.
    map.select({ unit: 'UA-09', area: null });
    expect(maplibre.calls.at(-1)).toBe('select UA-09');
    expect(svg.calls).not.toContain('select UA-09');
  });

  it('hands the click handler over with the view', async () => {
    const svg = recordingMap();
    const maplibre = recordingMap();
    const map = new SwitchingMap(svg.map, palettes.light);
    const clicked: string[] = [];
    map.onUnitClick((iso) => clicked.push(iso));
    const switched = map.switchTo(maplibre.map);
    await maplibre.draw();
    await switched;
    maplibre.click('UA-14');
    expect(clicked).toEqual(['UA-14']);
  });

  it('gives up the next map when it is destroyed before the next map has drawn', async () => {
    const svg = recordingMap();
    const maplibre = recordingMap();
    const map = new SwitchingMap(svg.map, palettes.light);
    const switched = map.switchTo(maplibre.map);
    map.destroy();
    await maplibre.draw();
    expect(await switched).toBe(false);
    expect(maplibre.destroyed()).toBe(true);
    expect(svg.destroyed()).toBe(true);
  });
});
