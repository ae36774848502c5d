/** What is selected: a unit (ISO code), an area a scenario draws (id), or nothing. */
export interface Selection {
  unit: string | null;
  area: string | null;
}

/** A region is a unit's ISO 3166-2 code (`UA-14`) or the id of an area a scenario draws. */
export function selectionOf(region: string | null): Selection {
  if (!region) return { unit: null, area: null };
  return /^UA-\d{2}$/.test(region) ? { unit: region, area: null } : { unit: null, area: region };
}
