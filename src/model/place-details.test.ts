import { describe, expect, it } from 'vitest';
import { fixtureEditorial } from './editorial-fixture.ts';
import {
  areaPlacesSummary,
  placeDetails,
  placeQuotesHeading,
  quotesNaming,
} from './place-details.ts';
import { placesFixture } from './places-fixture.ts';

const data = placesFixture();

describe('placeDetails', () => {
  it('dates a town taken during the series and says the point was inside on the shown date', () => {
    const details = placeDetails(data, 'pokrovsk', '2026-08-22', 'en')!;
    expect(details.onShownDate).toEqual({
      status: 'inside',
      text: 'Inside the line of Russian-held territory on 22 August 2026 (DeepStateMap.live).',
    });
    expect(details.history).toEqual([
      'Inside the line of Russian-held territory since 20 November 2025 (DeepStateMap.live).',
    ]);
    expect(details.caveat).toMatch(/^Only the town’s centre point is tested/);
  });

  it('says a town never inside the line was outside on the shown date and on every day', () => {
    const details = placeDetails(data, 'kramatorsk', '2026-08-22', 'en')!;
    expect(details.onShownDate.status).toBe('outside');
    expect(details.onShownDate.text).toMatch(/^Outside the line of Russian-held territory on 22/);
    expect(details.history).toEqual([
      'Outside the line of Russian-held territory on every day from 8 July 2024 to 22 August 2026 (DeepStateMap.live).',
    ]);
  });

  it('says "since before" the daily map’s first day for a town inside the line on that day', () => {
    expect(placeDetails(data, 'bakhmut', '2024-07-08', 'en')!.history).toEqual([
      'Inside the line of Russian-held territory since before 8 July 2024, when the daily map begins (DeepStateMap.live).',
    ]);
  });

  it('gives every change of a town held, freed and held again, and its status between', () => {
    const details = placeDetails(data, 'vovchansk', '2024-12-01', 'en')!;
    expect(details.history).toEqual([
      'Inside the line of Russian-held territory since 10 July 2024; outside it again from 1 August 2024 (DeepStateMap.live).',
      'Inside the line of Russian-held territory since 3 February 2025 (DeepStateMap.live).',
    ]);
    expect(details.onShownDate.status).toBe('outside');
    expect(placeDetails(data, 'vovchansk', '2024-08-01', 'en')!.onShownDate.status).toBe('outside');
    expect(placeDetails(data, 'vovchansk', '2024-07-31', 'en')!.onShownDate.status).toBe('inside');
  });

  it('answers the 2022 reference date by the pre-invasion line, and no other date outside the series', () => {
    const reference = { date: '2022-02-23' };
    expect(placeDetails(data, 'donetsk', '2022-02-23', 'en', reference)!.onShownDate.status).toBe(
      'inside',
    );
    expect(placeDetails(data, 'donetsk', '2022-02-23', 'en', reference)!.preInvasion).toMatch(
      /23 February 2022/,
    );
    expect(placeDetails(data, 'pokrovsk', '2022-02-23', 'en', reference)!.onShownDate.status).toBe(
      'outside',
    );
    expect(placeDetails(data, 'pokrovsk', '2023-01-01', 'en')!.onShownDate.status).toBe('unknown');
  });

  it('speaks Ukrainian', () => {
    const details = placeDetails(data, 'pokrovsk', '2026-08-22', 'uk')!;
    expect(details.name).toBe('Покровськ');
    expect(details.history[0]).toMatch(
      /^Усередині лінії окупованої Росією території з 20 листопада 2025/,
    );
  });

  it('is null for an id the gazetteer does not have', () => {
    expect(placeDetails(data, 'paris', '2026-08-22', 'en')).toBeNull();
  });
});

describe('areaPlacesSummary', () => {
  it('names an area’s largest places and adds up their population as the dataset gives it', () => {
    expect(areaPlacesSummary(data, 'donetsk-rest', 'en')).toBe(
      'This area includes Kramatorsk, Sloviansk and Pokrovsk: 366,763 people as GeoNames counts them, most of its figures from before the full-scale invasion.',
    );
  });

  it('says it in Ukrainian, with the noun agreeing with the number', () => {
    expect(areaPlacesSummary(data, 'donetsk-rest', 'uk')).toBe(
      'Ця територія охоплює Краматорськ, Слов’янськ та Покровськ: 366\u00a0763 мешканці за даними GeoNames, здебільшого ще з часів до повномасштабного вторгнення.',
    );
  });

  it('names four places and counts the rest', () => {
    const many = {
      ...data,
      areas: { big: [...data.places.map((p) => p.id), ...data.places.map((p) => p.id)] },
    };
    const count = many.areas.big.length - 4;
    expect(areaPlacesSummary(many, 'big', 'en')).toMatch(
      new RegExp(`^This area includes (\\S+, ){3}\\S+ and ${count} more places on the map: `),
    );
  });

  it('is null for an area with no place of the gazetteer in it', () => {
    expect(areaPlacesSummary(data, 'crimea', 'en')).toBeNull();
  });
});

describe('quotesNaming', () => {
  const editorial = fixtureEditorial;

  it('gives the quotes a place names, in its order, and none for a place no quote names', () => {
    const pokrovsk = { ...data.places[0]!, quotes: ['general', 'names-east'] };
    expect(quotesNaming(pokrovsk, editorial).map((q) => q.id)).toEqual(['general', 'names-east']);
    expect(quotesNaming(data.places[1]!, editorial)).toEqual([]);
  });

  it('names the place and the quote when the editorial model lacks it', () => {
    const pokrovsk = { ...data.places[0]!, quotes: ['gone'] };
    expect(() => quotesNaming(pokrovsk, editorial)).toThrow(
      'place "pokrovsk" names quote "gone", which the editorial model lacks',
    );
  });
});

describe('placeQuotesHeading', () => {
  const editorial = fixtureEditorial;
  const quotes = quotesNaming({ ...data.places[0]!, quotes: ['general', 'names-east'] }, editorial);

  it('says when the sources said it, in the past: one day once', () => {
    expect(placeQuotesHeading(quotes, editorial, 'en')).toBe(
      'What the sources said on 17 May 2025',
    );
    expect(placeQuotesHeading(quotes, editorial, 'uk')).toBe(
      'Що писали джерела 17 травня 2025\u00a0р.',
    );
  });

  it('is none for a place no quote names', () => {
    expect(placeQuotesHeading([], editorial, 'en')).toBeNull();
  });

  it('gives the first and last day where the sources span several', () => {
    const later = {
      ...editorial,
      sources: editorial.sources.map((s) => (s.id === 'paper' ? { ...s, date: '2025-08-12' } : s)),
    };
    const both = quotesNaming({ ...data.places[0]!, quotes: ['general', 'about-rest'] }, later);
    expect(placeQuotesHeading(both, later, 'en')).toBe(
      'What the sources said, 17 May 2025 to 12 August 2025',
    );
  });
});
