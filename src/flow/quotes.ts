// Quotations checked against their source. A passage in double quotes in a flow text is presented as the
// source's own words, so it must be in the source word for word: in a seed text (../shared/seeds/) or among
// the verbatim quotes of the content brief (../shared/docs/content.md), compared as passage-text.ts says. An
// English quotation is a translation and must say so ("(our translation)") unless the source itself is
// English. Short quoted words (a name, a term) are not quotations. The source texts stay outside the repository: the caller reads them where they exist.
import { LANGUAGES } from './languages.ts';
import { loadFlow, type ParsedSources, type Sources } from './load.ts';
import { byPosition, type Problem } from './problems.ts';
import { flowTexts } from './text-walk.ts';
import { normalisePassage as normalise, otherFirstCase } from './passage-text.ts';

/** Passages of three words or more between double quotes (“…”, „…”, "…"). */
const QUOTED = /[“„"]([^“”„"]+)[”"]/g;
export const TRANSLATION_MARK = { nl: '(onze vertaling)', en: '(our translation)' } as const;

export interface QuoteReport {
  problems: Problem[];
  checked: number;
}

/**
 * The corpus is the source texts' contents. Without it (`undefined`: the texts are not beside the project)
 * Dutch quotations are only counted, not judged — the caller says loudly that they were not verified — while
 * the English translation marks, which need no source, are still checked.
 */
export function checkQuotes(flowSources: Sources | ParsedSources, corpus: string[] | undefined): QuoteReport {
  const loaded = loadFlow(flowSources);
  if (!loaded.flow) return { problems: [], checked: 0 };
  const text = normalise((corpus ?? []).join('\n'));
  const sentences = (corpus ?? [])
    .flatMap((c) => c.split(/\n|(?<=[.!?])\s+/))
    .map(normalise)
    .filter((x) => x.length > 0);
  const problems: Problem[] = [];
  let checked = 0;
  for (const t of flowTexts(loaded.flow, loaded.paths)) {
    for (const lang of LANGUAGES) {
      const value = t.text[lang];
      for (const m of value.matchAll(QUOTED)) {
        const quote = normalise(m[1]!);
        if (quote.split(' ').length < 3) continue;
        checked++;
        const found = text.includes(quote) || text.includes(otherFirstCase(quote));
        const markedTranslation = value
          .slice(m.index! + m[0].length)
          .trimStart()
          .startsWith(TRANSLATION_MARK[lang as 'nl' | 'en'] ?? '(');
        if (found || (lang !== 'nl' && markedTranslation) || (lang === 'nl' && corpus === undefined)) continue;
        const where = loaded.locate(t.file, [...t.path, lang]);
        const message =
          lang === 'nl'
            ? `the quotation "${quote}" is not in its source word for word; ` +
              `nearest passage: "${nearest(quote, sentences)}"`
            : `the quotation "${quote}" is not in an English source: mark it as a translation with ` +
              `"${TRANSLATION_MARK.en}" after the closing quote, or do not present it as a quotation`;
        problems.push({ file: t.file, ...where, message, severity: 'error' });
      }
    }
  }
  problems.sort(byPosition);
  return { problems, checked };
}

function nearest(quote: string, sentences: string[]): string {
  const words = new Set(quote.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);
  let best = '';
  let score = -1;
  for (const s of sentences) {
    const own = s.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
    // Shared words, weighed by length, so a long table row does not win by size alone.
    const common = own.filter((w) => words.has(w)).length;
    const shared = own.length ? (common * common) / own.length : 0;
    if (shared > score) [best, score] = [s, shared];
  }
  return best.length > 200 ? `${best.slice(0, 200)}…` : best;
}
