/** A quote as far as the places it names: the editorial model's `about.places`. */
interface QuoteAbout {
  id: string;
  about: { places?: string[] };
}

/** Place id → the ids of the quotes about it, in the quotes' order; only places some quote names. */
export function quotesByPlace(quotes: readonly QuoteAbout[]): Map<string, string[]> {
  const naming = new Map<string, string[]>();
  for (const quote of quotes)
    for (const place of quote.about.places ?? [])
      naming.set(place, [...(naming.get(place) ?? []), quote.id]);
  return naming;
}
