// Where does total blocking time come from? Runs Lighthouse (mobile preset, as the budgets do) on one page
// of the built site with the CPU profiler on, and lists every main-thread task of 9 ms or more after the
// first paint, with the functions that took its time (name@chunk; names are minified, chunk names are not:
// client = React DOM, jsx-runtime = React and i18next, engine = xstate and the flow, entry-client = the app).
// Lighthouse multiplies each task by 4, and counts what is over 50 ms: a task over ~12 ms here is blocking.
// The profiler itself slows the page a little, so the figures run higher than the budgets' (scripts/budgets.mjs).
//   npm run build && npm run long-tasks -- /nl/wegwijzer/niet-dringend/ 3
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer } from './serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const DIST = resolve(process.env.WEGWIJZER_DIST ?? 'dist');
const path = process.argv[2] ?? '/nl/';
const runs = Number(process.argv[3] ?? 1);
const MIN_MS = 9;
if (!existsSync(join(DIST, 'nl', 'index.html'))) {
  console.error(`No build in ${DIST}: run npm run build first.`);
  process.exit(1);
}

/** The renderer's main thread: the one with the most events. */
function mainThread(events) {
  const counts = new Map();
  for (const e of events)
    if (e.name !== 'thread_name') counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const names = events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  return names.sort((a, b) => (counts.get(`${b.pid}:${b.tid}`) ?? 0) - (counts.get(`${a.pid}:${a.tid}`) ?? 0))[0];
}

/** The CPU profile's samples (node, time) and nodes, from the trace's ProfileChunk events. */
function profileOf(events, pid) {
  const start = events.find((e) => e.name === 'Profile' && e.pid === pid);
  const nodes = new Map();
  const samples = [];
  let t = start?.args.data.startTime ?? 0;
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === start?.id)) {
    const cpu = chunk.args.data.cpuProfile ?? {};
    for (const n of cpu.nodes ?? []) nodes.set(n.id, n);
    const deltas = chunk.args.data.timeDeltas ?? [];
    (cpu.samples ?? []).forEach((id, i) => {
      t += deltas[i] ?? 0;
      samples.push({ id, t });
    });
  }
  return { nodes, samples };
}

const label = (n) =>
  `${n.callFrame.functionName || '(anonymous)'}@${
    (n.callFrame.url ?? '')
      .split('/')
      .pop()
      .replace(/-[\w-]{8}\.js$/, '') || 'native'
  }`;

const { server, url: base } = await startServer({ root: DIST, port: 0 });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: CHROMIUM_ARGS,
  logLevel: 'silent',
});
try {
  for (let run = 1; run <= runs; run++) {
    const result = await lighthouse(
      base + path,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      { extends: 'lighthouse:default', settings: { additionalTraceCategories: 'disabled-by-default-v8.cpu_profiler' } },
    );
    const events = result.artifacts.Trace.traceEvents;
    const fcp = events.find((e) => e.name === 'firstContentfulPaint');
    const main = mainThread(events);
    const { nodes, samples } = profileOf(events, main.pid);
    const tasks = events.filter(
      (e) =>
        e.pid === main.pid &&
        e.tid === main.tid &&
        e.ph === 'X' &&
        e.name === 'RunTask' &&
        e.dur >= MIN_MS * 1000 &&
        e.ts > fcp.ts,
    );
    const audits = result.lhr.audits;
    console.log(
      `${path} run ${run}: TBT ${audits['total-blocking-time'].numericValue.toFixed(0)} ms ` +
        `(CPU index ${result.lhr.environment.benchmarkIndex}); tasks of ${MIN_MS} ms or more after the first paint:`,
    );
    for (const task of tasks) {
      const inside = samples.filter((s) => s.t >= task.ts && s.t <= task.ts + task.dur);
      const time = new Map();
      for (const s of inside) {
        const seen = new Set();
        for (let id = s.id; id; id = nodes.get(id)?.parent) {
          const node = nodes.get(id);
          if (!node) break;
          const key = label(node);
          if (seen.has(key) || key.startsWith('(root)')) continue;
          seen.add(key);
          time.set(key, (time.get(key) ?? 0) + 1);
        }
      }
      const perSample = task.dur / 1000 / Math.max(1, inside.length);
      const top = [...time]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, n]) => `${k} ${(n * perSample).toFixed(0)}`);
      console.log(
        `  +${((task.ts - fcp.ts) / 1000).toFixed(0).padStart(5)} ms  ` +
          `${(task.dur / 1000).toFixed(1).padStart(5)} ms  ${top.join(', ')}`,
      );
    }
  }
} finally {
  await chrome.kill();
  server.closeAllConnections();
  server.close();
}
