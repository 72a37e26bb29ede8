// The evaluation set (tests/search-cases.csv, written by hand before the search words) run through the
// ranking: used by the evaluation test and by `npm run search -- --eval`.
import { readFileSync } from 'node:fs';
import { isLanguage, type Language } from '../flow/languages.ts';
import { rank, type SearchIndex } from './rank.ts';

export interface SearchCase {
  line: number;
  lang: Language;
  description: string;
  accepted: string[];
}

/** Parses the CSV: `lang,description,accepted`, a description in double quotes when it holds a comma. */
export function readCases(file: string): SearchCase[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const cases: SearchCase[] = [];
  lines.forEach((text, i) => {
    if (i === 0 || !text.trim()) return;
    const m = /^([a-z]{2}),("(?:[^"]|"")*"|[^,]*),([^,]+)$/.exec(text.trim());
    if (!m || !isLanguage(m[1]!)) throw new Error(`${file}:${i + 1}: expected lang,description,accepted`);
    const description = m[2]!.startsWith('"') ? m[2]!.slice(1, -1).replace(/""/g, '"') : m[2]!;
    cases.push({ line: i + 1, lang: m[1], description, accepted: m[3]!.trim().split(/\s+/) });
  });
  return cases;
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
