// The search itself, in the chunk loaded when the field is focused: MiniSearch, our ranking and the
// language's index (built at build time). Nothing here sends or stores the text.
import type { AsPlainObject } from 'minisearch';
import type { Language } from '../../flow/languages';
import type { SearchHit } from '../../search/documents';
import { loadIndex, rank } from '../../search/rank';

/** What virtual:wegwijzer/search/<lang> exports. */
export interface SearchModule {
  index: AsPlainObject;
  hits: Record<string, SearchHit>;
}

export interface SearchEngine {
  /** Up to three result pages for a description, best first. */
  search(text: string): (SearchHit & { id: string })[];
}

export function createEngine(data: SearchModule, lang: Language): SearchEngine {
  const index = loadIndex(data.index, lang);
  return {
    search: (text) =>
      rank(index, text, 3).flatMap((r) => {
        const hit = data.hits[r.id];
        return hit ? [{ id: r.id, ...hit }] : [];
      }),
  };
}
