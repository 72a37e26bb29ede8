// The one ranking: the same options when the index is built (build time), in the evaluation test, in
// `npm run search` and in the browser. MiniSearch (docs/decisions/0007-search-library.md) scores with BM25;
// our terms.ts decides what a term is.
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import type { Language } from '../flow/languages.ts';
import { searchTerm } from './terms.ts';
import type { SearchDocument } from './documents.ts';

const FIELDS = ['words', 'title', 'answers', 'contact', 'about'] as const;

/**
 * How much a match in each field counts. The editors' words are written for this search, so they weigh
 * most; the tree's own answer labels next; the long "why" least, since it names many things in passing.
 */
export const BOOST: Record<(typeof FIELDS)[number], number> = {
  words: 3,
  title: 1.5,
  answers: 1.5,
  contact: 1,
  about: 0.3,
};

export function indexOptions(lang: Language): Options<SearchDocument> {
  return {
    fields: [...FIELDS],
    // The editors separate words with " · " and a phrase's words count one by one.
    tokenize: (text) => text.split(/[\s·,;:()/'’"?!.]+/u).filter(Boolean),
    processTerm: (term) => searchTerm(term, lang),
    searchOptions: {
      boost: BOOST,
      // A short term must match as typed; a longer one may be the start of a word (a Dutch compound:
      // "discriminatie" in "antidiscriminatiebeleid" is not found this way, but "complot" finds
      // "complotdenker") or a typing slip away ("discrimminatie").
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      combineWith: 'OR',
    },
  };
}

export type SearchIndex = MiniSearch<SearchDocument>;

export function buildIndex(documents: SearchDocument[], lang: Language): SearchIndex {
  const index = new MiniSearch<SearchDocument>(indexOptions(lang));
  index.addAll(documents);
  return index;
}

/** The index as plain data, for the build to write into the search chunk. */
export function serializeIndex(index: SearchIndex): AsPlainObject {
  return index.toJSON();
}

export function loadIndex(data: AsPlainObject, lang: Language): SearchIndex {
  return MiniSearch.loadJS<SearchDocument>(data, indexOptions(lang));
}

export interface Ranked {
  id: string;
  score: number;
  /** per matched document term, the fields it matched in: the "why" that `npm run search` prints */
  match: SearchResult['match'];
  /** the typed terms that matched, as processed */
  queryTerms: string[];
}

/** The best results for a description, best first. */
export function rank(index: SearchIndex, query: string, limit = 3): Ranked[] {
  return index
    .search(query)
    .slice(0, limit)
    .map((r) => ({ id: String(r.id), score: r.score, match: r.match, queryTerms: r.queryTerms }));
}
