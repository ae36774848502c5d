/** Apostrophes readers type or paste: ASCII, typographic, the Ukrainian modifier letter, backtick, acute. */
const APOSTROPHES = /['’‘ʼʻ`´]/g;

/**
 * A name as search compares it: lower case, without accents or apostrophes, hyphens as spaces, so
 * that "Pokrovs'k", "pokrovsk" and "Pokrovsk" meet, and so do "Слов’янськ" and "слов'янськ".
 * Decomposition also drops the marks of й and ї; the query goes through the same steps, so they
 * still match.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .replace(/[-‐–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
