/** The query flag a hit adds to its result page's address, and that FoundVia reads: never the typed text. */
export const VIA_SEARCH = 'via=zoeken';
