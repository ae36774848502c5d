import { describe, expect, it } from 'vitest';
import { labelText } from './unit-label-text.ts';

const donetsk = { iso: 'UA-14', name_en: 'Donetsk', name_uk: 'Донецька область' };
const crimea = {
  iso: 'UA-43',
  name_en: 'Autonomous Republic of Crimea',
  name_uk: 'Автономна Республіка Крим',
};

describe('labelText', () => {
  it('names an oblast without the word "oblast", which the map implies', () => {
    expect(labelText(donetsk, 'en')).toBe('Donetsk');
    expect(labelText(donetsk, 'uk')).toBe('Донецька');
  });

  it('names the autonomous republic by its short name', () => {
    expect(labelText(crimea, 'en')).toBe('Crimea');
    expect(labelText(crimea, 'uk')).toBe('Крим');
  });
});
