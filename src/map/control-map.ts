import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Topology } from 'topojson-specification';
import { bordersOfTopology, polygonsOfTopology } from '../model/decode-topology.ts';
import { HATCH_IMAGE, hatchImage, mapStyle } from './map-style.ts';
import type { Palette } from './palette.ts';

// Vite emits the worker as its own file; without this MapLibre looks for it where the build has none.
maplibregl.setWorkerUrl(workerUrl);

type Bounds = [number, number, number, number];

/** A thin wrapper around MapLibre: it draws what it is given and reports when that is on screen. */
export class ControlMap {
  private readonly map: maplibregl.Map;
  private readonly loaded: Promise<void>;

  constructor(container: HTMLElement, palette: Palette, bounds: Bounds, panLimits: Bounds) {
    this.map = new maplibregl.Map({
      container,
      style: mapStyle(palette),
      bounds,
      fitBoundsOptions: { padding: 16 },
      // No panning past the basemap's edge; zoom 9 is the detail the simplified data is made for.
      maxBounds: panLimits,
      minZoom: 3,
      maxZoom: 9,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.loaded = new Promise((resolve) =>
      this.map.once('load', () => {
        this.map.addImage(HATCH_IMAGE, hatchImage(palette.contestedHatch));
        resolve();
      }),
    );
  }

  async showUnits(units: Topology, basemap: Topology): Promise<void> {
    await this.loaded;
    this.source('countries').setData(polygonsOfTopology(basemap, 'countries'));
    this.source('units').setData(polygonsOfTopology(units, 'units'));
    this.source('unit-borders').setData(bordersOfTopology(units, 'units', 'inner'));
    this.source('ukraine-border').setData(bordersOfTopology(units, 'units', 'outer'));
  }

  async showControl(snapshot: Topology): Promise<void> {
    await this.loaded;
    this.source('control').setData(polygonsOfTopology(snapshot, 'control'));
  }

  /** Resolves once MapLibre has drawn everything it was given (its `idle` event). */
  rendered(): Promise<void> {
    return new Promise((resolve) => {
      if (this.map.loaded() && !this.map.isMoving() && this.map.areTilesLoaded()) {
        this.map.once('idle', () => resolve());
        this.map.triggerRepaint();
      } else {
        this.map.once('idle', () => resolve());
      }
    });
  }

  private source(id: string): maplibregl.GeoJSONSource {
    return this.map.getSource(id) as maplibregl.GeoJSONSource;
  }
}
