import { describe, expect, it } from 'vitest';
import { unitsByName } from './units-by-name.ts';

const units = [
  { name_en: 'Vinnytsia', name_uk: 'Вінницька' },
  { name_en: 'Volyn', name_uk: 'Волинська' },
  { name_en: 'Luhansk', name_uk: 'Луганська' },
  { name_en: 'Autonomous Republic of Crimea', name_uk: 'Автономна Республіка Крим' },
  { name_en: 'Ivano-Frankivsk', name_uk: 'Івано-Франківська' },
];

describe('unitsByName', () => {
  it('orders the units by their English names', () => {
    expect(unitsByName(units, 'en').map((u) => units[u]!.name_en)).toEqual([
      'Autonomous Republic of Crimea',
      'Ivano-Frankivsk',
      'Luhansk',
      'Vinnytsia',
      'Volyn',
    ]);
  });

  it('orders them by the Ukrainian alphabet in Ukrainian, І after И', () => {
    expect(unitsByName(units, 'uk').map((u) => units[u]!.name_uk)).toEqual([
      'Автономна Республіка Крим',
      'Вінницька',
      'Волинська',
      'Івано-Франківська',
      'Луганська',
    ]);
  });
});
