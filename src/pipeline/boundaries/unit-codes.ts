/**
 * Ukraine's 27 first-level units (ISO 3166-2:UA): 24 oblasts, the Autonomous Republic of Crimea and
 * the cities of Kyiv and Sevastopol. A boundary file without every one of them is refused.
 */
export const UNIT_CODES = [
  'UA-05',
  'UA-07',
  'UA-09',
  'UA-12',
  'UA-14',
  'UA-18',
  'UA-21',
  'UA-23',
  'UA-26',
  'UA-30',
  'UA-32',
  'UA-35',
  'UA-40',
  'UA-43',
  'UA-46',
  'UA-48',
  'UA-51',
  'UA-53',
  'UA-56',
  'UA-59',
  'UA-61',
  'UA-63',
  'UA-65',
  'UA-68',
  'UA-71',
  'UA-74',
  'UA-77',
] as const;
