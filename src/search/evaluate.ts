// The evaluation set (tests/search-cases.csv, written by hand before the search words) run through the
// ranking: used by the evaluation test and by `npm run search -- --eval`.
import { isLanguage, type Language } from '../flow/languages.ts';
import { rank, type SearchIndex } from './rank.ts';
import { readCsv } from '../cli/read-csv.ts';

export interface SearchCase {
  line: number;
  lang: Language;
  description: string;
  accepted: string[];
}

/** The cases of the CSV (`lang,description,accepted`; `accepted` is result ids separated by spaces). */
export function readCases(file: string): SearchCase[] {
  return readCsv(file, ['lang', 'description', 'accepted'] as const).map(({ line, lang, description, accepted }) => {
    if (!isLanguage(lang)) throw new Error(`${file}:${line}: "${lang}" is not a language`);
    return { line, lang, description, accepted: accepted.trim().split(/\s+/) };
  });
}

export interface Evaluation {
  cases: number;
  top1: number;
  top3: number;
  misses: { c: SearchCase; got: string[] }[];
}

export function evaluate(cases: SearchCase[], indexFor: (lang: Language) => SearchIndex): Evaluation {
  let top1 = 0;
  let top3 = 0;
  const misses: Evaluation['misses'] = [];
  for (const c of cases) {
    const got = rank(indexFor(c.lang), c.description, 3).map((r) => r.id);
    if (got[0] !== undefined && c.accepted.includes(got[0])) top1++;
    if (got.some((id) => c.accepted.includes(id))) top3++;
    else misses.push({ c, got });
  }
  return { cases: cases.length, top1: top1 / cases.length, top3: top3 / cases.length, misses };
}
