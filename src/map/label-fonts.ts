import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../model/format-figures.ts';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';

/** The font names the label layers ask for (`text-font`). */
export const LABEL_FONT = { regular: 'Noto Sans Regular', semibold: 'Noto Sans SemiBold' } as const;

// The subsets' ranges as @fontsource/noto-sans declares them (unicode.json): English and Ukrainian.
const LATIN = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+0304',
  'U+0308',
  'U+0329',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2191',
  'U+2193',
  'U+2212',
  'U+2215',
  'U+FEFF',
  'U+FFFD',
];
const CYRILLIC = ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'];

/**
 * Noto Sans (SIL OFL) from the app's own origin, in the two weights and two subsets the labels use.
 * The style has no `glyphs` URL: MapLibre draws each glyph from these files itself, and fetches a
 * file only when a label needs a character it covers. The same files serve the SVG map through
 * @fontsource's CSS, so a reader's browser downloads each at most once.
 */
export const labelFontFaces: NonNullable<StyleSpecification['font-faces']> = {
  [LABEL_FONT.regular]: [
    { url: latin400, 'unicode-range': LATIN },
    { url: cyrillic400, 'unicode-range': CYRILLIC },
  ],
  [LABEL_FONT.semibold]: [
    { url: latin600, 'unicode-range': LATIN },
    { url: cyrillic600, 'unicode-range': CYRILLIC },
  ],
};

/** The family the static map's names are set in: the same files, under a name no page style uses. */
export const STATIC_LABEL_FAMILY = 'Territory Map Labels';

const SUBSETS = {
  latin: { ranges: LATIN, files: { '400': latin400, '600': latin600 } },
  cyrillic: { ranges: CYRILLIC, files: { '400': cyrillic400, '600': cyrillic600 } },
} as const;

/**
 * The subsets each language's names are written in. Every English name is in the Latin one; the
 * Ukrainian names' digits and punctuation are Latin too.
 */
const SUBSETS_OF: Record<Lang, readonly (keyof typeof SUBSETS)[]> = {
  en: ['latin'],
  uk: ['latin', 'cyrillic'],
};

/** One face of the static map's names: its file, the characters it covers and its weight. */
export interface StaticLabelFace {
  url: string;
  unicodeRange: string;
  weight: '400' | '600';
}

/** The faces the names of a map in `lang` are set in: both weights of each of its subsets. */
export function staticLabelFaces(lang: Lang): StaticLabelFace[] {
  return SUBSETS_OF[lang].flatMap((subset) =>
    (['400', '600'] as const).map((weight) => ({
      url: SUBSETS[subset].files[weight],
      unicodeRange: SUBSETS[subset].ranges.join(','),
      weight,
    })),
  );
}

const loaded = new Map<string, Promise<void>>();

/**
 * Makes the faces of a map in `lang` available to the page's SVG and canvas text (the static map
 * and its picture), each once, and resolves when its names can be measured: MapLibre loads its own
 * copies from the style. Only that language's: each face loaded took about 35 ms of the first
 * view's main thread at 4× CPU slowdown (fetched, decoded, the page's fonts updated), and an
 * English map needs no Cyrillic (BENCHMARKS.md, "The map first, eighth session"). A font that
 * fails to load leaves the fallback in place; the names are still drawn.
 */
export function loadStaticLabelFonts(lang: Lang): Promise<void> {
  return Promise.all(
    staticLabelFaces(lang).map((face) => {
      let loading = loaded.get(face.url);
      if (!loading) {
        const fontFace = new FontFace(STATIC_LABEL_FAMILY, `url(${face.url})`, {
          weight: face.weight,
          unicodeRange: face.unicodeRange,
        });
        document.fonts.add(fontFace);
        loading = fontFace.load().then(
          () => {},
          () => {},
        );
        loaded.set(face.url, loading);
      }
      return loading;
    }),
  ).then(() => {});
}
