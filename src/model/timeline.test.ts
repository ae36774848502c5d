import { describe, expect, it } from 'vitest';
import type { EditorialData } from './editorial-data.ts';
import { monthStep, timelineEvents } from './timeline.ts';

const dates = ['2022-02-23', '2024-07-08', '2024-07-09', '2024-08-08', '2024-08-09', '2024-09-30'];

describe('monthStep', () => {
  it('moves to the first date at least a month later', () => {
    expect(monthStep(dates, 1, 1)).toBe(3);
    expect(monthStep(dates, 2, 1)).toBe(4);
  });

  it('moves to the last date at least a month earlier, across a gap of years', () => {
    expect(monthStep(dates, 4, -1)).toBe(2);
    expect(monthStep(dates, 1, -1)).toBe(0);
  });

  it('stops at either end', () => {
    expect(monthStep(dates, 5, 1)).toBe(5);
    expect(monthStep(dates, 0, -1)).toBe(0);
  });
});

describe('timelineEvents', () => {
  const scenario = (id: string, date?: string) => ({
    id,
    title: { en: id, uk: `${id} (uk)` },
    summary: { en: '', uk: '' },
    layers: [],
    quotes: [],
    ...(date ? { date } : { timeline: true as const }),
  });
  const editorial = {
    scenarios: [
      scenario('timeline'),
      scenario('a', '2024-08-09'),
      scenario('b', '2024-07-10'),
      scenario('standing-claim', '2024-09-30'),
    ],
    sources: [
      {
        publisher: { name: 'Paper' },
        author: null,
        title: 'Talks',
        date: '2024-08-08',
        language: 'en',
      },
    ],
  } as unknown as EditorialData;

  it('marks scenario and source dates, snapped to dates with data, in order', () => {
    expect(timelineEvents(editorial, dates)).toEqual([
      { date: '2024-07-09', label: { en: 'b', uk: 'b (uk)' }, foreign: [] },
      {
        date: '2024-08-08',
        label: { en: 'Paper: Talks', uk: 'Paper: Talks' },
        foreign: [{ text: 'Talks', lang: 'en' }],
      },
      { date: '2024-08-09', label: { en: 'a', uk: 'a (uk)' }, foreign: [] },
    ]);
  });

  it('says which words of a source’s label are its headline, in its own language', () => {
    const talks = timelineEvents(editorial, dates).find((e) => e.date === '2024-08-08')!;
    for (const phrase of talks.foreign) expect(talks.label.uk).toContain(phrase.text);
  });

  it('leaves out a scenario measured on the latest day, which is no event', () => {
    const events = timelineEvents(editorial, dates).map((e) => e.label.en);
    expect(events).not.toContain('standing-claim');
  });
});
