import type { StyleSpecification } from 'maplibre-gl';
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
