// The search itself, in the chunk loaded when the field is focused: MiniSearch, our ranking and the
// language's index (built at build time). Nothing here sends or stores the text.
import type { AsPlainObject } from 'minisearch';
import type { Language } from '../../flow/languages';
import type { SearchHit } from '../../search/documents';
import { loadIndex, rank } from '../../search/rank';
import { alarmFor, type Alarm, type AlarmWords } from '../../search/alarm';

/** What virtual:wegwijzer/search/<lang> exports. */
export interface SearchModule {
  index: AsPlainObject;
  hits: Record<string, SearchHit>;
  /** the directory's contacts and resources, searched the same way */
  directory: { index: AsPlainObject; hits: Record<string, SearchHit> };
  /** flows/triage.yaml `searchAlarms` in this language, and where time pressure is sent */
  alarms: AlarmWords & { todayHref: string | null };
}

export interface SearchEngine {
  /** Up to three result pages for a description, best first. */
  search(text: string): (SearchHit & { id: string })[];
  /** Up to three directory entries for it. */
  searchDirectory(text: string): (SearchHit & { id: string })[];
  /** Whether it speaks of acute danger or time pressure (src/search/alarm.ts). */
  alarm(text: string): Alarm | undefined;
  /** The urgent questions, for time pressure. */
  todayHref: string | null;
}

function searcher(data: { index: AsPlainObject; hits: Record<string, SearchHit> }, lang: Language) {
  const index = loadIndex(data.index, lang);
  return (text: string) =>
    rank(index, text, 3).flatMap((r) => {
      const hit = data.hits[r.id];
      return hit ? [{ id: r.id, ...hit }] : [];
    });
}

export function createEngine(data: SearchModule, lang: Language): SearchEngine {
  return {
    search: searcher(data, lang),
    searchDirectory: searcher(data.directory, lang),
    alarm: (text) => alarmFor(text, data.alarms),
    todayHref: data.alarms.todayHref,
  };
}
