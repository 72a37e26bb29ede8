// Budgets (run by `npm test` after the browser stage), on the built site in dist/ served here with the
// production headers. Prints the figures every run; exits non-zero on any breach.
//   - Sizes, hard everywhere: the page's own script, the app's take-over code and the CSS of the home page,
//     and everything a page fetches in its first five seconds (scripts/first-load.mjs), in gzip bytes, each
//     with the allowances kept for features on their way (ALLOWANCES).
//   - Timings: Lighthouse (mobile preset = its default config, median of three runs) on the home page, a
//     question page and a result page, and the first tap on an answer of the home page and of that question
//     page (scripts/first-load.mjs). They hold on machines from CPU_FLOOR up, also in a slow moment
//     (docs/decisions/0009-take-over-on-intent.md has the run under load). Below that floor a timing is
//     printed with a loud warning instead of failing: a figure measured on a machine slower than the ones this
//     project is checked on says nothing about a change.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { buildManifestPath } from './build-manifest.mjs';
import { readLanguages } from './languages.mjs';
import { startCountingServer } from './served-bytes.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import {
  builtFileSize,
  describeTaps,
  fetchedInFiveSeconds,
  firstTapDelay,
  INTENT_AT_MS,
  launchChromium,
  median,
  servedAfterIntent,
} from './first-load.mjs';

const DIST = resolve(process.env.WEGWIJZER_DIST ?? 'dist');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROME_PATH = CHROMIUM_PATH;
const CHROME_FLAGS = CHROMIUM_ARGS;
/**
 * Known breaches caused by open UI defects: printed, listed, but not failing `npm test`, so main stays green
 * while the defect is open (like test.fail() in the browser tests). BUDGETS_STRICT=1 fails on them too.
 * Remove an entry when the UI is fixed; the script says when an entry no longer matches anything.
 */
const KNOWN_BREACHES = [
  // None now. An entry looks like { match: /: total blocking time /, noisy: true, reason: 'UI defect: …' }.
];
const STRICT = process.env.BUDGETS_STRICT === '1';
const KB = 1024;
/**
 * boot: the page's own script (src/app/boot.ts and what it imports statically), which runs on every load;
 * js: all of the app's code that takes the page over (boot.ts and its dynamic imports); css: the style sheet;
 * firstFive: every script, style sheet and data file a page fetches in its first five seconds;
 * intentFive: the JavaScript that leaves the server in the first five seconds of a first visit by a person who
 * moves the pointer at INTENT_AT_MS, the page's and the service worker's fetches together (issue 28; aim 100 KB).
 */
// js is the brief's 100 KB of initial JavaScript (it was 101 KB for a while during issue 28; the routing data in
// the first JavaScript lost what result pages show and spells out no text keys, and the result page's model
// moved into its code: docs/decisions/0012-first-intent-fetches-the-page-only.md).
const BUDGET = { boot: 4 * KB, js: 100 * KB, css: 20 * KB, firstFive: 120 * KB, intentFive: 130 * KB };
/**
 * Room kept for features on their way, so that they fit when they land instead of being found not to: the
 * build must fit in each budget less these. A feature that lands takes its entry out; one that needs more
 * says so here first.
 */
const ALLOWANCES = [
  // None on their way now. An entry looks like
  // { feature: 'open-now status before the take-over (issue 17)', kind: 'boot', kb: 1.0 }.
];
/** How often a Lighthouse run that recorded no usable trace (no figures at all) is run again. */
const LH_RETRIES = 2;
const LH = { accessibility: 1, performance: 0.95, seo: 1, bestPractices: 1, tbt: 50, cls: 0, lcp: 1800 };
/** Lighthouse's CPU index (benchmarkIndex) below which timings are printed, not judged (see the top). */
const CPU_FLOOR = 1500;
/** The first tap's response, to the next paint: what browsers call good for interaction (INP). */
const TAP_BUDGET_MS = 200;
const TAP_RUNS = Number(process.env.TAP_RUNS ?? 3);
/** Each kind's budget less its allowances. */
const room = (kind) => BUDGET[kind] - ALLOWANCES.filter((a) => a.kind === kind).reduce((sum, a) => sum + a.kb * KB, 0);

if (!existsSync(join(DIST, 'nl', 'index.html'))) {
  console.error(`No build in ${DIST}: run npm run build first.`);
  process.exit(1);
}

const breaches = [];
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

// `node scripts/budgets.mjs --under-load`: the same budgets in a slow moment made on purpose, with Debian's
// stress-ng keeping one of the cores busy for the whole run (the load the timing budgets must withstand,
// docs/decisions/0009-take-over-on-intent.md).
// `node scripts/budgets.mjs --sizes`: the size budgets only (no first tap, no Lighthouse): bytes do not depend
// on how loaded the machine is, so they can be checked at any time.
const SIZES_ONLY = process.argv.includes('--sizes');

if (process.argv.includes('--under-load')) {
  const stress = spawn('stress-ng', ['--cpu', '1', '--cpu-method', 'matrixprod', '--timeout', '1800s', '--quiet'], {
    stdio: 'ignore',
  });
  stress.on('error', () => {
    console.error('--under-load needs stress-ng (Debian: apt-get install stress-ng).');
    process.exit(1);
  });
  process.on('exit', () => stress.kill());
  console.log(`Under load: stress-ng --cpu 1 (pid ${stress.pid}) runs until the budgets are done.`);
}

// ---------- initial JavaScript and CSS of the home page ----------
const home = readFileSync(join(DIST, 'nl', 'index.html'), 'utf8');
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i'))?.[1];
const assets = { js: new Set(), css: new Set(), boot: new Set() };
for (const [tag] of home.matchAll(/<script\b[^>]*>/gi)) {
  const src = attr(tag, 'src');
  if (src) assets.js.add(src);
}
for (const [tag] of home.matchAll(/<link\b[^>]*>/gi)) {
  const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
  const href = attr(tag, 'href');
  if (!href) continue;
  if (rel.includes('modulepreload')) assets.js.add(href);
  if (rel.includes('stylesheet')) assets.css.add(href);
}
// The page's script (src/app/boot.ts) imports the app at the person's first intent, and the service worker's
// code once the page is idle: the app and everything it imports statically count as the take-over's code.
// Vite's build manifest (dist-meta/vite-manifest.json, scripts/build-manifest.mjs) says what each chunk
// imports: from each script the page names, follow its static imports, and its dynamic imports one level
// (boot.ts's own imports of React DOM and the app) with their static imports. Lazily loaded pages are not
// followed.
{
  const manifestPath = buildManifestPath(DIST);
  if (!existsSync(manifestPath)) {
    breaches.push(`${manifestPath} is missing: vite.config.ts must set build.manifest`);
  } else {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
    const add = (key, followDynamic) => {
      const chunk = manifest[key];
      if (!chunk) return breaches.push(`${key} is imported but not in the build manifest`);
      const href = '/' + chunk.file;
      const seen = assets.js.has(href);
      assets.js.add(href);
      if (seen && !followDynamic) return;
      for (const css of chunk.css ?? []) assets.css.add('/' + css);
      for (const k of chunk.imports ?? []) if (!assets.js.has('/' + manifest[k]?.file)) add(k, false);
      if (followDynamic) for (const k of chunk.dynamicImports ?? []) add(k, false);
    };
    /** A chunk and its static imports: what runs as soon as the page's script does. */
    const staticClosure = (key, into) => {
      const chunk = manifest[key];
      if (!chunk || into.has('/' + chunk.file)) return;
      into.add('/' + chunk.file);
      for (const k of chunk.imports ?? []) staticClosure(k, into);
    };
    // The page's own scripts, listed before `add` grows the set: only their dynamic imports are followed.
    const pageScripts = Array.from(assets.js);
    for (const href of pageScripts) {
      const chunk = byFile.get(href.replace(/^\//, ''));
      if (!chunk) breaches.push(`${href} is a script of /nl/ but not in the build manifest`);
      else {
        const key = Object.keys(manifest).find((k) => manifest[k] === chunk);
        staticClosure(key, assets.boot);
        add(key, true);
      }
    }
  }
}
// A JSON data block (type="application/json", the early "open now" data) is not run, so the CSP allows it.
if (/<script\b(?![^>]*\ssrc=)(?![^>]*\stype="application\/json")[^>]*>\s*\S/i.test(home))
  breaches.push('inline <script> in dist/nl/index.html (the CSP blocks it)');

console.log('Initial assets of /nl/ (gzip)');
const sizes = {};
for (const kind of ['boot', 'js', 'css']) {
  let total = 0;
  for (const href of assets[kind]) {
    if (/^[a-z]+:\/\//i.test(href) || href.startsWith('//')) {
      breaches.push(`${kind} from another origin: ${href}`);
      continue;
    }
    const size = builtFileSize(DIST, href.split('?')[0]);
    if (!size) {
      breaches.push(`${href} is linked from /nl/ but missing in dist/`);
      continue;
    }
    total += size.gzip;
    if (kind !== 'boot')
      console.log(
        `  ${kind.padEnd(4)} ${href.padEnd(44)} ${kb(size.raw).padStart(9)} raw ${kb(size.gzip).padStart(9)} gzip`,
      );
  }
  sizes[kind] = total;
}
if (assets.js.size === 0) breaches.push('no JavaScript found in /nl/ (did the build change shape?)');

// ---------- what a page fetches in its first five seconds, and the first tap ----------
const { server, url: base, served } = await startCountingServer({ root: DIST, port: 0 });
const browser = await launchChromium();
let taps;
try {
  for (const path of readLanguages().languages.map((lang) => `/${lang}/`)) {
    const { files, total } = await fetchedInFiveSeconds(browser, base, path, DIST);
    sizes.firstFive = Math.max(sizes.firstFive ?? 0, total);
    console.log(
      `  fetched by ${path} in its first 5 s: ${kb(total)} gzip in ${files.size} files ` +
        `(${[...files.keys()].join(', ')})`,
    );
  }
  // A person, not a crawler: the first pointer move starts the app (boot.ts), and the service worker registers.
  // Counted at the server, so the worker's fetches count too; on the home page, on the result page Lighthouse
  // measures and on the result page with the largest data module of its own (src/app/page-data.ts).
  for (const path of new Set(['/nl/', wizardPages().result, resultWithMostData()])) {
    const js = await servedAfterIntent(browser, base, path, served, DIST);
    sizes.intentFive = Math.max(sizes.intentFive ?? 0, js.total);
    console.log(
      `  ${path} with a pointer move at ${INTENT_AT_MS / 1000} s: ${kb(js.total)} of JavaScript left the server in ` +
        `the first 5 s (page and service worker), ${kb(js.page)} of it requested by the page ` +
        `(${js.pageFiles.size} files)`,
    );
  }
  taps = [];
  // The home page, and the question page Lighthouse measures (its take-over also loads the routing engine).
  for (const path of SIZES_ONLY ? [] : ['/nl/', wizardPages().question])
    taps.push({ path, ...(await firstTapDelay(browser, base, path, TAP_RUNS)) });
} finally {
  await browser.close();
}

const SIZE_NAMES = {
  boot: "the page's own script",
  js: 'take-over JavaScript',
  css: 'CSS',
  firstFive: 'fetched in 5 s',
  intentFive: 'JavaScript in 5 s after a move',
};
console.log('\nSizes (gzip): budget, less allowances for coming features, measured');
for (const kind of Object.keys(SIZE_NAMES)) {
  const kept = ALLOWANCES.filter((a) => a.kind === kind);
  console.log(
    `  ${SIZE_NAMES[kind].padEnd(30)} ${kb(sizes[kind]).padStart(9)} of ${kb(room(kind))} ` +
      `(budget ${kb(BUDGET[kind])}${kept.map((a) => ` − ${a.kb.toFixed(1)} KB for ${a.feature}`).join('')})`,
  );
  if (sizes[kind] > room(kind))
    breaches.push(
      `${SIZE_NAMES[kind]}: ${kb(sizes[kind])} gzip > ${kb(room(kind))} (budget ${kb(BUDGET[kind])} less allowances)`,
    );
}

/** Judges a timing figure only on a machine at or above the floor; below it, says so loudly. */
const belowFloor = [];
function judgeTiming(cpu, at, breach) {
  if (!breach) return;
  if (cpu < CPU_FLOOR) belowFloor.push(`${at} (CPU index ${cpu.toFixed(0)} < ${CPU_FLOOR}): ${breach}`);
  else breaches.push(`${at}: ${breach}`);
}

for (const tap of taps) {
  console.log(
    `\nFirst tap on an answer of ${tap.path} (4× slower CPU, medians of ${TAP_RUNS} fresh loads), ` +
      `CPU index ${tap.cpu.map((c) => c.toFixed(0)).join(' → ')}`,
  );
  for (const line of describeTaps(tap)) console.log(`  ${line}`);
  console.log(
    `  worst: next paint ${tap.worstPaint.toFixed(0)} ms (budget ${TAP_BUDGET_MS} ms), ` +
      `next page ${tap.worstPage.toFixed(0)} ms`,
  );
  judgeTiming(
    Math.min(...tap.cpu),
    `first tap on ${tap.path}`,
    tap.worstPaint > TAP_BUDGET_MS && `next paint ${tap.worstPaint.toFixed(0)} ms > ${TAP_BUDGET_MS} ms`,
  );
}

/**
 * A Dutch result page whose own data module (dist/assets/results/, src/app/page-data.ts) is the largest in gzip:
 * the result page that fetches the most in its first five seconds.
 */
function resultWithMostData() {
  const folder = join(DIST, 'assets', 'results');
  const [largest] = readdirSync(folder)
    .filter((name) => name.startsWith('nl-'))
    .map((name) => ({ name, gzip: builtFileSize(DIST, `/assets/results/${name}`)?.gzip ?? 0 }))
    .sort((a, b) => b.gzip - a.gzip);
  if (!largest) throw new Error(`no result page data in ${folder} (did the build change shape?)`);
  const attribute = `data-result-data="/assets/results/${largest.name}"`;
  const found = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        const path = found(full);
        if (path) return path;
      } else if (name === 'index.html' && readFileSync(full, 'utf8').includes(attribute))
        return `/${relative(DIST, dir).split(sep).join('/')}/`;
    }
    return undefined;
  };
  const path = found(join(DIST, 'nl'));
  if (!path) throw new Error(`no page names /assets/results/${largest.name}`);
  return path;
}

// ---------- Lighthouse ----------
/** A question page (a first answer with further pages below it) and a result page (the deepest page). */
function wizardPages() {
  const root = join(DIST, 'nl', 'wegwijzer');
  const dirs = [];
  const walk = (dir, rel) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (!statSync(full).isDirectory()) continue;
      dirs.push({
        rel: [...rel, name],
        hasChildren: readdirSync(full).some((n) => statSync(join(full, n)).isDirectory()),
      });
      walk(full, [...rel, name]);
    }
  };
  walk(root, []);
  const question = dirs.find((d) => d.rel.length === 1 && d.hasChildren);
  const result = [...dirs].sort(
    (a, b) => b.rel.length - a.rel.length || a.rel.join('/').localeCompare(b.rel.join('/')),
  )[0];
  if (!question || !result) throw new Error('no question or result pages under dist/nl/wegwijzer/');
  return { question: `/nl/wegwijzer/${question.rel.join('/')}/`, result: `/nl/wegwijzer/${result.rel.join('/')}/` };
}

const { question, result } = wizardPages();
const targets = SIZES_ONLY
  ? []
  : [
      ['home', '/nl/'],
      ['question', question],
      ['result', result],
    ];

const chrome =
  targets.length > 0
    ? await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent' })
    : undefined;
const rows = [];
try {
  for (const [name, path] of targets) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const audit = () =>
        lighthouse(base + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'seo', 'best-practices'],
        });
      let lhr = (await audit())?.lhr;
      // A run that recorded no usable trace (Lighthouse: "Please run Lighthouse again") gave no figures and
      // is run again, at most twice: under load it failed twice in a row once (NO_NAVSTART, CPU index about
      // 1000). A run that completes is never repeated, so a bad figure still counts.
      for (let retry = 1; retry <= LH_RETRIES && (!lhr || lhr.runtimeError); retry++) {
        console.log(
          `  (running ${path} again, ${retry} of ${LH_RETRIES}: ${lhr?.runtimeError?.message ?? 'no result'})`,
        );
        lhr = (await audit())?.lhr;
      }
      if (!lhr || lhr.runtimeError)
        throw new Error(`Lighthouse failed on ${path}: ${lhr?.runtimeError?.message ?? 'no result'}`);
      const a = lhr.audits;
      runs.push({
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        seo: lhr.categories.seo.score,
        bestPractices: lhr.categories['best-practices'].score,
        tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        lcp: a['largest-contentful-paint'].numericValue,
        fcp: a['first-contentful-paint'].numericValue,
        // Lighthouse's measure of this machine's CPU speed during the run: a low figure explains a high TBT.
        benchmarkIndex: lhr.environment.benchmarkIndex,
        failedA11y: Object.values(a)
          .filter(
            (x) => lhr.categories.accessibility.auditRefs.some((r) => r.id === x.id && r.weight > 0) && x.score === 0,
          )
          .map((x) => x.id),
        failedSeo: Object.values(a)
          .filter((x) => lhr.categories.seo.auditRefs.some((r) => r.id === x.id && r.weight > 0) && x.score === 0)
          .map((x) => x.id),
        failedBp: Object.values(a)
          .filter(
            (x) =>
              lhr.categories['best-practices'].auditRefs.some((r) => r.id === x.id && r.weight > 0) && x.score === 0,
          )
          .map((x) => x.id),
      });
    }
    const m = Object.fromEntries(
      ['performance', 'accessibility', 'seo', 'bestPractices', 'tbt', 'cls', 'lcp', 'fcp', 'benchmarkIndex'].map(
        (k) => [k, median(runs.map((r) => r[k]))],
      ),
    );
    const failed = (key) => [...new Set(runs.flatMap((r) => r[key]))];
    rows.push({
      name,
      path,
      ...m,
      failedA11y: failed('failedA11y'),
      failedSeo: failed('failedSeo'),
      failedBp: failed('failedBp'),
    });
  }
} finally {
  await chrome?.kill();
  server.closeAllConnections();
  server.close();
}

if (SIZES_ONLY) console.log('\n--sizes: no first tap, no Lighthouse.');
else console.log(`\nLighthouse ${RUNS === 1 ? '(one run)' : `(median of ${RUNS} runs)`}, mobile preset`);
const head = ['page', 'path', 'perf', 'a11y', 'seo', 'b.p.', 'TBT ms', 'CLS', 'LCP ms', 'FCP ms', 'CPU index'];
const table = [
  head,
  ...rows.map((r) => [
    r.name,
    r.path,
    r.performance.toFixed(2),
    r.accessibility.toFixed(2),
    r.seo.toFixed(2),
    r.bestPractices.toFixed(2),
    r.tbt.toFixed(0),
    r.cls.toFixed(3),
    r.lcp.toFixed(0),
    r.fcp.toFixed(0),
    r.benchmarkIndex.toFixed(0),
  ]),
];
const widths = head.map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const row of SIZES_ONLY ? [] : table)
  console.log('  ' + row.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
if (!SIZES_ONLY)
  console.log(
    `  budgets: perf ≥ ${LH.performance}, a11y = ${LH.accessibility}, seo = ${LH.seo}, ` +
      `best practices = ${LH.bestPractices}, TBT ≤ ${LH.tbt} ms, CLS = ${LH.cls}, LCP ≤ ${LH.lcp} ms; ` +
      `timings judged from CPU index ${CPU_FLOOR} up`,
  );
if (!SIZES_ONLY)
  console.log(
    "  CPU index: Lighthouse's benchmarkIndex of this machine (higher is faster); TBT is observed task time × 4.",
  );

for (const r of rows) {
  const at = `${r.name} ${r.path}`;
  if (r.accessibility < LH.accessibility)
    breaches.push(
      `${at}: accessibility ${r.accessibility} < ${LH.accessibility} (failing audits: ${r.failedA11y.join(', ')})`,
    );
  if (r.seo < LH.seo) breaches.push(`${at}: SEO ${r.seo} < ${LH.seo} (failing audits: ${r.failedSeo.join(', ')})`);
  if (r.bestPractices < LH.bestPractices)
    breaches.push(
      `${at}: best practices ${r.bestPractices} < ${LH.bestPractices} (failing audits: ${r.failedBp.join(', ')})`,
    );
  if (r.cls > LH.cls) breaches.push(`${at}: cumulative layout shift ${r.cls.toFixed(3)} > ${LH.cls}`);
  judgeTiming(
    r.benchmarkIndex,
    at,
    r.performance < LH.performance && `performance ${r.performance} < ${LH.performance}`,
  );
  judgeTiming(r.benchmarkIndex, at, r.tbt > LH.tbt && `total blocking time ${r.tbt.toFixed(0)} ms > ${LH.tbt} ms`);
  judgeTiming(r.benchmarkIndex, at, r.lcp > LH.lcp && `largest contentful paint ${r.lcp.toFixed(0)} ms > ${LH.lcp} ms`);
}
if (belowFloor.length > 0) {
  console.log(
    `\n${'!'.repeat(100)}\n` +
      '! This machine ran slower than the CPU index the timing budgets are set for (below). These timings',
  );
  console.log('! were over budget and are NOT judged (sizes, accessibility, SEO, best practices and CLS still are):');
  for (const b of belowFloor) console.log(`!   - ${b}`);
  console.log(
    `! Re-run \`node scripts/budgets.mjs\` on a quieter or faster machine to judge them.\n${'!'.repeat(100)}`,
  );
}

const known = STRICT ? [] : breaches.filter((b) => KNOWN_BREACHES.some((k) => k.match.test(b)));
const fatal = breaches.filter((b) => !known.includes(b));
if (known.length > 0) {
  console.log(`\n! ${known.length} known breach(es), open UI defects (not failing; BUDGETS_STRICT=1 fails on them):`);
  for (const k of KNOWN_BREACHES) {
    const hits = known.filter((b) => k.match.test(b));
    if (hits.length > 0) console.log(`${hits.map((b) => `  - ${b}`).join('\n')}\n    ${k.reason}`);
  }
}
for (const k of KNOWN_BREACHES) {
  if (!k.noisy && !breaches.some((b) => k.match.test(b)))
    console.log(`\nℹ known breach ${k.match} did not occur: remove it from KNOWN_BREACHES in scripts/budgets.mjs.`);
}
if (fatal.length > 0) {
  console.error(`\n✗ ${fatal.length} budget breach(es):\n${fatal.map((b) => `  - ${b}`).join('\n')}`);
  process.exit(1);
}
console.log(known.length > 0 ? '\n✓ budgets met apart from the known breaches above' : '\n✓ all budgets met');
