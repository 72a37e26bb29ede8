// `npm run bench`: generated flows of about 100, 1 000 and 10 000 nodes (questions + results); prints for
// each the time to parse the YAML, to validate (schema + graph checks), to compile the machine and to
// enumerate every path, and paths per second. Each figure is the median of several runs.
import { synthesize } from '../src/flow/synthetic.ts';
import { parseSources } from '../src/flow/load.ts';
import { checkFlow } from '../src/flow/validate.ts';
import { compileFlow } from '../src/flow/compile.ts';
import { allPaths } from '../src/flow/paths.ts';
import { restore } from '../src/flow/restore.ts';
import { median } from './median.mjs';

function time<T>(runs: number, f: () => T): { ms: number; value: T } {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    value = f();
    times.push(performance.now() - t);
  }
  return { ms: median(times), value };
}

// Questions per target node count: the generator yields about 1.7 nodes per question.
const sizes = [
  { target: 100, questions: 60 },
  { target: 1_000, questions: 590 },
  { target: 10_000, questions: 5_900 },
];
const rows: string[][] = [];
for (const { target, questions } of sizes) {
  const sources = synthesize({ questions, seed: 7 });
  const runs = target >= 10_000 ? 3 : 5;
  const parse = time(runs, () => parseSources(sources));
  const validate = time(runs, () => checkFlow(parse.value));
  const flow = validate.value.flow;
  if (!flow) throw new Error(`generated flow of ${target} nodes is invalid: ${validate.value.errors[0]?.message}`);
  const nodes = Object.keys(flow.questions).length + Object.keys(flow.results).length;
  const compile = time(runs, () => compileFlow(flow));
  const enumerate = time(runs, () => allPaths(flow));
  const paths = enumerate.value;
  // Replay a sample of paths through the machine, as the prerenderer and the tests do.
  const sample = paths.filter((_, i) => i % Math.max(1, Math.floor(paths.length / 200)) === 0);
  const replay = time(1, () =>
    sample.every((p) => {
      const r = restore(
        compile.value,
        flow,
        p.answers.map(([, o]) => o),
      );
      return r.ok && r.node === p.result;
    }),
  );
  if (!replay.value) throw new Error('a replayed path did not land on its result');
  rows.push([
    String(nodes),
    parse.ms.toFixed(1),
    validate.ms.toFixed(1),
    compile.ms.toFixed(1),
    (validate.ms + compile.ms).toFixed(1),
    String(paths.length),
    enumerate.ms.toFixed(1),
    Math.round(paths.length / (enumerate.ms / 1000)).toLocaleString('en'),
    (replay.ms / sample.length).toFixed(3),
  ]);
}
const head = [
  'nodes',
  'parse YAML ms',
  'validate ms',
  'compile ms',
  'validate+compile ms',
  'paths',
  'enumerate ms',
  'paths/s',
  'replay ms/path',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padStart(widths[i]!)).join(' | ') + ' |';
console.log(line(head));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of rows) console.log(line(r));
const big = rows.at(-1)!;
const met = Number(big[4]) < 1000 ? 'met' : 'NOT met';
console.log(`\n10 000-node target (validate + compile < 1000 ms, YAML parsing reported apart): ${met} (${big[4]} ms)`);

await import('./bench-search.ts');
