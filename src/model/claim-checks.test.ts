import { describe, expect, it } from 'vitest';
import { claimCheckText, claimsStatedBy } from './claim-checks.ts';
import { fixtureEditorial } from './editorial-fixture.ts';
import { quoteById } from './scenario-view.ts';

const [restClaim] = fixtureEditorial.claims;

describe('claimsStatedBy', () => {
  it('finds the figures a quote states, and none for a quote that states none', () => {
    expect(claimsStatedBy(fixtureEditorial, quoteById(fixtureEditorial, 'about-rest'))).toEqual([
      restClaim,
    ]);
    expect(claimsStatedBy(fixtureEditorial, quoteById(fixtureEditorial, 'names-east'))).toEqual([]);
  });
});

describe('claimCheckText', () => {
  it('sets the quoted figure beside the mapped one, with who states it where', () => {
    const text = claimCheckText(restClaim!, fixtureEditorial, 'en');
    expect(text.figures).toBe('quoted 30%; the map measures 44.4%');
    // Two quotes state it, one of them in the article's own words: one speaker, both sources.
    expect(text.statedBy).toBe(
      'An official (reported), as quoted in publisher not named in the copy, 17 May 2025; The Paper, 17 May 2025.',
    );
  });

  it('says what the map measures, on which date and within which boundaries, then why they differ', () => {
    expect(claimCheckText(restClaim!, fixtureEditorial, 'en').why).toBe(
      'The map measures “Rest” on DeepStateMap.live’s map of 16 May 2025, within Natural Earth’s ' +
        '1:10m boundaries: 400\u00a0km² of 900\u00a0km². Rounded',
    );
  });

  it('speaks Ukrainian to a Ukrainian reader', () => {
    const text = claimCheckText(restClaim!, fixtureEditorial, 'uk');
    expect(text.figures).toBe('у джерелі 30%; на мапі 44,4%');
    expect(text.why).toMatch(
      /^Мапа вимірює «Rest \(uk\)» .* 400\u00a0км² із 900\u00a0км²\. Rounded \(uk\)$/,
    );
    expect(text.statedBy).toMatch(/^An official \(uk\) \(у переказі\), цитовано в: /);
  });
});
