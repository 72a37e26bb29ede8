// The describe-it search's part of `npm run bench` (issue 18): the index size per language (raw and gzip,
// as the browser gets it) and the time from a keystroke to the suggestions, on the evaluation set typed one
// character at a time: every prefix of every description ranked (results, directory entries, alarm) like
// the field does on each input event. Node on this machine, not the browser: a lower bound for a phone.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFlowDir } from '../src/flow/read-dir.ts';
import { checkFlow } from '../src/flow/validate.ts';
import { LANGUAGES } from '../src/flow/languages.ts';
import { directorySearchData, searchData } from '../src/search/documents.ts';
import { buildIndex, loadIndex, rank, serializeIndex } from '../src/search/rank.ts';
import { alarmFor } from '../src/search/alarm.ts';
import { readCases } from '../src/search/evaluate.ts';
import { median } from './median.mjs';

const flow = checkFlow(readFlowDir(join(process.cwd(), 'flows'))).flow!;
const cases = readCases(join(process.cwd(), 'tests/search-cases.csv'));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

console.log('\nDescribe-it search (evaluation set typed one character at a time)');
for (const lang of LANGUAGES) {
  const results = searchData(flow, lang);
  const directory = directorySearchData(flow, lang, '/');
  const json = JSON.stringify({
    index: serializeIndex(buildIndex(results.documents, lang)),
    hits: results.hits,
    directory: { index: serializeIndex(buildIndex(directory.documents, lang)), hits: directory.hits },
  });
  const parsed = JSON.parse(json) as {
    index: Parameters<typeof loadIndex>[0];
    directory: { index: Parameters<typeof loadIndex>[0] };
  };
  const t0 = performance.now();
  const index = loadIndex(parsed.index, lang);
  const dirIndex = loadIndex(parsed.directory.index, lang);
  const loadMs = performance.now() - t0;
  const words = { danger: flow.searchAlarms?.danger[lang] ?? [], today: flow.searchAlarms?.today[lang] ?? [] };
  const times: number[] = [];
  for (const c of cases.filter((x) => x.lang === lang)) {
    for (let i = 1; i <= c.description.length; i++) {
      const typed = c.description.slice(0, i);
      const t = performance.now();
      rank(index, typed, 3);
      rank(dirIndex, typed, 3);
      alarmFor(typed, words);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const p99 = times[Math.floor(times.length * 0.99)]!;
  console.log(
    `  ${lang}: index module ${kb(json.length)} raw, ${kb(gzipSync(json).length)} gzip; ` +
      `loading ${loadMs.toFixed(1)} ms; ` +
      `${times.length} keystrokes: median ${median(times).toFixed(2)} ms, ` +
      `99th percentile ${p99.toFixed(2)} ms, worst ${times.at(-1)!.toFixed(2)} ms`,
  );
}
