import { describe, expect, it } from 'vitest';
import { createPlaceSearch } from './place-search.ts';
import { placesFixture } from './places-fixture.ts';

const units = [
  { iso: 'UA-14', name_en: 'Donetsk', name_uk: 'Донецька область' },
  { iso: 'UA-23', name_en: 'Zaporizhzhia', name_uk: 'Запорізька область' },
];
const search = createPlaceSearch(placesFixture().places, units);
const ids = (query: string, lang: 'en' | 'uk' = 'en') => search(query, lang).map((r) => r.id);

describe('place search', () => {
  it('finds a town by its English name, its Ukrainian name and the spellings readers type', () => {
    for (const query of [
      'Pokrovsk',
      'pokrovsk',
      "Pokrovs'k",
      'POKROVS’K',
      'Покровськ',
      'покровськ',
    ]) {
      expect(ids(query)[0]).toBe('pokrovsk');
    }
  });

  it('finds Bakhmut by its old name and says which spelling matched', () => {
    expect(search('Artemivsk', 'en')[0]).toEqual({
      kind: 'place',
      id: 'bakhmut',
      name: 'Bakhmut',
      matched: 'Artemivsk',
    });
  });

  it('finds oblasts too, after the town of the same name, by the spellings of their centre', () => {
    expect(ids('Donetsk')).toEqual(['donetsk', 'UA-14']);
    expect(ids('Zaporozhye')).toEqual(['zaporizhzhia', 'UA-23']);
    expect(ids('Запорізька')).toEqual(['UA-23']);
  });

  it('names results in the reader’s language', () => {
    expect(search('Slov', 'uk')[0]!.name).toBe('Слов’янськ');
  });

  it('ranks whole-name and prefix matches before matches inside a name', () => {
    expect(ids('krama')).toEqual(['kramatorsk']);
    expect(ids('sk')[0]).toBe('donetsk');
    expect(ids('armiisk')).toEqual(['pokrovsk']);
  });

  it('offers a match inside a word only when nothing matches at a word’s start', () => {
    const [pokrovsk] = placesFixture().places;
    const place = (id: string, en: string, variants: string[]) => ({
      ...pokrovsk!,
      id,
      name: { en, uk: en },
      variants,
    });
    const kyiv = createPlaceSearch(
      [place('kyiv', 'Kyiv', ['Kiev']), place('yenakiieve', 'Yenakiieve', ['Enakievo'])],
      [],
    );
    expect(kyiv('Kiev', 'en').map((r) => r.id)).toEqual(['kyiv']);
    expect(kyiv('akiev', 'en').map((r) => r.id)).toEqual(['yenakiieve']);
  });

  it('finds nothing for an empty query or one no spelling contains', () => {
    expect(ids('  ')).toEqual([]);
    expect(ids('Paris')).toEqual([]);
  });
});
