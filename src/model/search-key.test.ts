import { describe, expect, it } from 'vitest';
import { searchKey } from './search-key.ts';

describe('searchKey', () => {
  it('ignores case and apostrophes of every kind', () => {
    expect(searchKey("Pokrovs'k")).toBe('pokrovsk');
    expect(searchKey('POKROVS’K')).toBe('pokrovsk');
    expect(searchKey('Слов’янськ')).toBe(searchKey("слов'янськ"));
    expect(searchKey('Словʼянськ')).toBe(searchKey('словянськ'));
  });

  it('ignores accents, so a reader may type them or not', () => {
    expect(searchKey('Zaporižžja')).toBe('zaporizzja');
    expect(searchKey('Мар’їнка')).toBe(searchKey('Марiнка'.replace('i', 'і')));
  });

  it('treats hyphens and runs of spaces as one space', () => {
    expect(searchKey('  Ivano-Frankivsk ')).toBe('ivano frankivsk');
    expect(searchKey('Chasiv   Yar')).toBe('chasiv yar');
  });
});
