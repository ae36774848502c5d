import type { ControlFigures } from './data-manifest.ts';
import type { EditorialData } from './editorial-data.ts';

const both = (text: string) => ({ en: text, uk: `${text} (uk)` });

/** A small editorial model and its figures for the model's tests: two units, two scenarios. */
export const fixtureEditorial: EditorialData = {
  parties: [{ id: 'russia', name: both('Russia') }],
  sources: [
    {
      id: 'paper',
      seed: 'paper.txt',
      title: 'Talks',
      publisher: { name: 'The Paper' },
      author: null,
      date: '2025-05-17',
      dateBasis: { kind: 'stated', words: 'on Saturday' },
      language: 'en',
    },
    {
      id: 'wire-copy',
      seed: 'copy.txt',
      title: null,
      publisher: null,
      author: null,
      date: '2025-05-17',
      dateBasis: { kind: 'inferred', words: 'on Saturday … a day after the talks' },
      language: 'en',
    },
  ],
  speakers: [
    { id: 'leader', name: both('Leader'), role: both('President') },
    { id: 'official', name: both('An official') },
  ],
  quotes: [
    {
      id: 'names-east',
      source: 'paper',
      text: 'East',
      attribution: 'direct',
      speaker: 'leader',
      about: { units: ['UA-14'] },
    },
    {
      id: 'about-rest',
      source: 'wire-copy',
      text: 'Rest',
      attribution: 'reported',
      speaker: 'official',
      via: { outlet: { en: 'the Wire', uk: 'Ваєр' }, words: 'told the Wire' },
      about: { areas: ['rest'] },
      claims: ['rest-30-percent'],
    },
    {
      id: 'general',
      source: 'paper',
      text: 'All',
      attribution: 'narration',
      about: { scenarios: ['demand'] },
      claims: ['rest-30-percent'],
    },
  ],
  scenarios: [
    {
      id: 'timeline',
      title: both('Timeline'),
      summary: both('Held'),
      timeline: true,
      layers: [],
      quotes: [],
      totals: [],
    },
    {
      id: 'demand',
      party: 'russia',
      title: both('Demand'),
      summary: both('Leave the rest'),
      date: '2025-05-16',
      layers: [
        { area: 'held', role: 'held' },
        { area: 'rest', role: 'demanded' },
      ],
      quotes: ['general', 'about-rest', 'names-east'],
      totals: [{ role: 'demanded', km2: 400, pctOfUkraine: 0.3 }],
    },
  ],
  areas: [
    {
      id: 'held',
      name: both('Held'),
      note: null,
      km2: 600,
      pctOfUkraine: 0.5,
      byUnit: { 'UA-14': 500, 'UA-09': 100 },
    },
    {
      id: 'rest',
      name: both('Rest'),
      note: null,
      km2: 400,
      pctOfUkraine: 0.3,
      byUnit: { 'UA-14': 400 },
    },
  ],
  claims: [
    {
      id: 'rest-30-percent',
      quotes: ['about-rest', 'general'],
      area: 'rest',
      date: '2025-05-16',
      unit: 'percent',
      quoted: 30,
      mapped: 44.4,
      measuredKm2: 400,
      wholeKm2: 900,
      note: both('Rounded'),
    },
  ],
};

export const fixtureFigures: ControlFigures = {
  units: [
    { iso: 'UA-09', name_en: 'Luhansk', name_uk: 'Луганська область', areaKm2: 1000 },
    { iso: 'UA-14', name_en: 'Donetsk', name_uk: 'Донецька область', areaKm2: 900 },
  ],
  dates: ['2025-05-16', '2025-05-17'],
  heldKm2: [
    [100, 500],
    [100, 510],
  ],
  reconciledKm2: [
    [2, 1],
    [2, 1],
  ],
};
