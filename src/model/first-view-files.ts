import { snapshotFile, type DataManifest } from './data-manifest.ts';

/** The data files every first view needs, by what each is for (DataManifest names them all). */
export interface FirstViewFiles {
  editorial: string;
  places: string;
  units: string;
  basemap: string;
  /** Every area a scenario draws, in one topology. */
  areas: string;
  /** The line of 23 February 2022, drawn on every view. */
  preInvasion: string;
}

type ManifestFields = Pick<DataManifest, 'editorial' | 'places' | 'files' | 'references'>;

/**
 * What the app loads before it can show any view, whatever the URL asks for: the date's own held
 * area comes beside these, as soon as the URL's date is known. Not the daily figures: the map does
 * not need them, and the app asks for them once it is drawn (load-app-data.ts). One list for both
 * who ask: the app (load-app-data.ts) and the page's head, which asks for them while the main
 * script is still on its way (public/page-mode.js reads them from the manifest's `firstView`).
 */
export function firstViewFiles(manifest: ManifestFields): FirstViewFiles {
  const { editorial, places, files, references } = manifest;
  if (!editorial) throw new Error('the data build has no editorial model');
  if (!places) throw new Error('the data build has no gazetteer');
  const preInvasion = references.find((r) => r.id === 'pre-invasion');
  if (!preInvasion) throw new Error('the data build has no line of 23 February 2022');
  return {
    editorial: editorial.file,
    places: places.file,
    units: files.units,
    basemap: files.basemap,
    areas: editorial.areas,
    preInvasion: snapshotFile(preInvasion.date, preInvasion.hash),
  };
}

/** The same files as a list, for the manifest; empty for a build that cannot show a view. */
export function firstViewList(manifest: ManifestFields): string[] {
  try {
    return Object.values(firstViewFiles(manifest));
  } catch {
    return [];
  }
}
