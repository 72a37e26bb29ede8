// `npm run search -- "tekst"`: what the search ranks for a description and why, for content editors.
// `--en` searches the English index; `--eval` runs the evaluation set (tests/search-cases.csv).
import { join } from 'node:path';
import { readFlowDir } from '../flow/read-dir.ts';
import { checkFlow } from '../flow/validate.ts';
import { formatProblem } from '../flow/problems.ts';
import type { Language } from '../flow/languages.ts';
import { searchData } from '../search/documents.ts';
import { buildIndex, rank } from '../search/rank.ts';
import { evaluate, readCases } from '../search/evaluate.ts';

const args = process.argv.slice(2);
const lang: Language = args.includes('--en') ? 'en' : 'nl';
const text = args.filter((a) => !a.startsWith('--')).join(' ');
const checked = checkFlow(readFlowDir(join(process.cwd(), 'flows')));
if (!checked.flow) {
  console.error(checked.errors.map(formatProblem).join('\n'));
  process.exit(1);
}
const flow = checked.flow;
const data = { nl: searchData(flow, 'nl'), en: searchData(flow, 'en') };
const indexes = { nl: buildIndex(data.nl.documents, 'nl'), en: buildIndex(data.en.documents, 'en') };

if (args.includes('--eval')) {
  const e = evaluate(readCases(join(process.cwd(), 'tests/search-cases.csv')), (l) => indexes[l]);
  console.log(`${e.cases} cases: top-1 ${(e.top1 * 100).toFixed(1)} %, top-3 ${(e.top3 * 100).toFixed(1)} %`);
  for (const { c, got } of e.misses)
    console.log(
      `miss tests/search-cases.csv:${c.line} [${c.lang}] "${c.description}" → ${got.join(', ') || '(nothing)'}; ` +
        `accepted: ${c.accepted.join(' ')}`,
    );
} else if (!text) {
  console.error('usage: npm run search -- [--en] "a description"   |   npm run search -- --eval');
  process.exit(2);
} else {
  const ranked = rank(indexes[lang], text, 8);
  if (ranked.length === 0) console.log("nothing found: add words to a result's `search:` in flows/triage.yaml");
  ranked.forEach((r, i) => {
    const hit = data[lang].hits[r.id]!;
    console.log(`${i + 1}. ${r.id}  score ${r.score.toFixed(2)}${i < 3 ? '' : '  (not shown: only three are)'}`);
    console.log(`   ${hit.title} — ${hit.contact}`);
    console.log(`   opens ${hit.href}`);
    // Which typed term matched which indexed term, in which field (words = the result's `search:` words).
    for (const [term, fields] of Object.entries(r.match)) console.log(`   matched "${term}" in ${fields.join(', ')}`);
  });
}
