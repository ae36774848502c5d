import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataManifest } from '../model/data-manifest.ts';
import type { Lang } from '../model/format-figures.ts';
import type { PlacesData } from '../model/places-data.ts';
import { paths } from '../pipeline/paths.ts';
import { staticLabelFaces } from './label-fonts.ts';
import { labelText } from '../model/unit-label-text.ts';
import { labelledUnits } from './unit-labels.ts';

/**
 * The published data of `npm run data` against the faces each language loads: a name with a
 * character no loaded face covers would be measured and drawn in the fallback font.
 */
const read = async <T>(file: string): Promise<T> =>
  JSON.parse(
    await readFile(join(paths.outputDir, file), 'utf8').catch(() => {
      throw new Error(`${join(paths.outputDir, file)} is missing: run \`npm run data\` first`);
    }),
  ) as T;

/** Whether a unicode-range list ("U+0000-00FF,U+0131,…") covers a character. */
function covers(ranges: string, character: string): boolean {
  const code = character.codePointAt(0)!;
  return ranges.split(',').some((range) => {
    const [from, to = from] = range.replace('U+', '').split('-');
    return code >= parseInt(from!, 16) && code <= parseInt(to!, 16);
  });
}

async function namesIn(lang: Lang): Promise<string[]> {
  const manifest = await read<DataManifest>('manifest.json');
  const places = await read<PlacesData>(manifest.places!.file);
  const units = await read<{ objects: { units: { geometries: { properties?: unknown }[] } } }>(
    manifest.files.units,
  );
  return [
    ...labelledUnits(units.objects.units.geometries).map((u) =>
      labelText(u, lang).toLocaleUpperCase(lang),
    ),
    ...places.places.map((p) => p.name[lang]),
  ];
}

describe('the faces each language loads for the static map', () => {
  for (const lang of ['en', 'uk'] as const)
    it(`cover every character of every name an ${lang} map draws`, async () => {
      const ranges = staticLabelFaces(lang)
        .map((face) => face.unicodeRange)
        .join(',');
      const uncovered = (await namesIn(lang)).flatMap((name) =>
        [...name].filter((c) => !covers(ranges, c)).map((c) => `${name}: ${c}`),
      );
      expect(uncovered).toEqual([]);
    });
});
