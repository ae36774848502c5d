import type { Lang } from './format-figures.ts';
import { en } from './strings-en.ts';
import type { Strings } from './strings-shape.ts';
import { uk } from './strings-uk.ts';

export type { CitationStrings, Strings } from './strings-shape.ts';

/** The interface's words in the reader's language (strings-shape.ts says what each one is). */
export const strings: Record<Lang, Strings> = { en, uk };
