// Budgets (run by `npm test` after the browser stage): the home page's initial JavaScript and CSS, gzipped,
// and Lighthouse (mobile preset = its default config, median of three runs) on the home page, a question
// page and a result page of the built site in dist/, served here with the production headers.
// Prints the figures every run; exits non-zero on any breach.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from './serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

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
  // None open. An entry looks like { match: /: total blocking time /, noisy: true, reason: 'UI defect: …' }.
];
const STRICT = process.env.BUDGETS_STRICT === '1';
const KB = 1024;
const BUDGET = { js: 100 * KB, css: 20 * KB };
const LH = { accessibility: 1, performance: 0.95, seo: 1, tbt: 50, cls: 0, lcp: 1800 };

if (!existsSync(join(DIST, 'nl', 'index.html'))) {
  console.error(`No build in ${DIST}: run npm run build first.`);
  process.exit(1);
}

const breaches = [];
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

// ---------- initial JavaScript and CSS of the home page ----------
const home = readFileSync(join(DIST, 'nl', 'index.html'), 'utf8');
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i'))?.[1];
const assets = { js: new Set(), css: new Set() };
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
// The page's script (src/app/boot.ts) imports the app unconditionally once the page has loaded, so the app
// and everything it imports statically count as initial JavaScript too. Vite's build manifest
// (dist/.vite/manifest.json, build.manifest in vite.config.ts) says what each chunk imports: from each
// script the page names, follow its static imports, and its dynamic imports one level (boot.ts's own
// imports of React DOM and the app) with their static imports. Lazily loaded pages are not followed.
{
  const manifestPath = join(DIST, '.vite', 'manifest.json');
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
    // The page's own scripts, listed before `add` grows the set: only their dynamic imports are followed.
    const pageScripts = Array.from(assets.js);
    for (const href of pageScripts) {
      const chunk = byFile.get(href.replace(/^\//, ''));
      if (!chunk) breaches.push(`${href} is a script of /nl/ but not in the build manifest`);
      else add(Object.keys(manifest).find((k) => manifest[k] === chunk), true);
    }
  }
}
// A JSON data block (type="application/json", the early "open now" data) is not run, so the CSP allows it.
if (/<script\b(?![^>]*\ssrc=)(?![^>]*\stype="application\/json")[^>]*>\s*\S/i.test(home)) breaches.push('inline <script> in dist/nl/index.html (the CSP blocks it)');

console.log('Initial assets of /nl/ (gzip)');
const sizes = {};
for (const kind of ['js', 'css']) {
  let total = 0;
  for (const href of assets[kind]) {
    if (/^[a-z]+:\/\//i.test(href) || href.startsWith('//')) {
      breaches.push(`${kind} from another origin: ${href}`);
      continue;
    }
    const file = join(DIST, href.split('?')[0]);
    if (!existsSync(file)) {
      breaches.push(`${href} is linked from /nl/ but missing in dist/`);
      continue;
    }
    const raw = readFileSync(file);
    const gz = gzipSync(raw).length;
    total += gz;
    console.log(`  ${kind.padEnd(4)} ${href.padEnd(44)} ${kb(raw.length).padStart(9)} raw ${kb(gz).padStart(9)} gzip`);
  }
  sizes[kind] = total;
}
console.log(`  total JavaScript ${kb(sizes.js)} gzip (budget ${kb(BUDGET.js)}), CSS ${kb(sizes.css)} gzip (budget ${kb(BUDGET.css)})`);
if (assets.js.size === 0) breaches.push('no JavaScript found in /nl/ (did the build change shape?)');
if (sizes.js > BUDGET.js) breaches.push(`initial JavaScript ${kb(sizes.js)} gzip > ${kb(BUDGET.js)}`);
if (sizes.css > BUDGET.css) breaches.push(`CSS ${kb(sizes.css)} gzip > ${kb(BUDGET.css)}`);

// ---------- Lighthouse ----------
/** A question page (a first answer with further pages below it) and a result page (the deepest page). */
function wizardPages() {
  const root = join(DIST, 'nl', 'wegwijzer');
  const dirs = [];
  const walk = (dir, rel) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (!statSync(full).isDirectory()) continue;
      dirs.push({ rel: [...rel, name], hasChildren: readdirSync(full).some((n) => statSync(join(full, n)).isDirectory()) });
      walk(full, [...rel, name]);
    }
  };
  walk(root, []);
  const question = dirs.find((d) => d.rel.length === 1 && d.hasChildren);
  const result = [...dirs].sort((a, b) => b.rel.length - a.rel.length || a.rel.join('/').localeCompare(b.rel.join('/')))[0];
  if (!question || !result) throw new Error('no question or result pages under dist/nl/wegwijzer/');
  return { question: `/nl/wegwijzer/${question.rel.join('/')}/`, result: `/nl/wegwijzer/${result.rel.join('/')}/` };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const { question, result } = wizardPages();
const targets = [
  ['home', '/nl/'],
  ['question', question],
  ['result', result],
];

const { server, url: base } = await startServer({ root: DIST, port: 0 });
const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
const rows = [];
try {
  for (const [name, path] of targets) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const audit = () => lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'seo'] });
      let lhr = (await audit())?.lhr;
      // A failed trace recording (Lighthouse: "Please run Lighthouse again") is retried once; a run that
      // completes is never repeated, so a bad figure still counts.
      if (!lhr || lhr.runtimeError) {
        console.log(`  (retrying ${path} once: ${lhr?.runtimeError?.message ?? 'no result'})`);
        lhr = (await audit())?.lhr;
      }
      if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr?.runtimeError?.message ?? 'no result'}`);
      const a = lhr.audits;
      runs.push({
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        seo: lhr.categories.seo.score,
        tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        lcp: a['largest-contentful-paint'].numericValue,
        fcp: a['first-contentful-paint'].numericValue,
        // Lighthouse's measure of this machine's CPU speed during the run: a low figure explains a high TBT.
        benchmarkIndex: lhr.environment.benchmarkIndex,
        failedA11y: Object.values(a).filter((x) => lhr.categories.accessibility.auditRefs.some((r) => r.id === x.id && r.weight > 0) && x.score === 0).map((x) => x.id),
        failedSeo: Object.values(a).filter((x) => lhr.categories.seo.auditRefs.some((r) => r.id === x.id && r.weight > 0) && x.score === 0).map((x) => x.id),
      });
    }
    const m = Object.fromEntries(['performance', 'accessibility', 'seo', 'tbt', 'cls', 'lcp', 'fcp', 'benchmarkIndex'].map((k) => [k, median(runs.map((r) => r[k]))]));
    rows.push({ name, path, ...m, failedA11y: [...new Set(runs.flatMap((r) => r.failedA11y))], failedSeo: [...new Set(runs.flatMap((r) => r.failedSeo))] });
  }
} finally {
  await chrome.kill();
  server.closeAllConnections();
  server.close();
}

console.log(`\nLighthouse ${RUNS === 1 ? '(one run)' : `(median of ${RUNS} runs)`}, mobile preset`);
const head = ['page', 'path', 'perf', 'a11y', 'seo', 'TBT ms', 'CLS', 'LCP ms', 'FCP ms', 'CPU index'];
const table = [head, ...rows.map((r) => [r.name, r.path, r.performance.toFixed(2), r.accessibility.toFixed(2), r.seo.toFixed(2), r.tbt.toFixed(0), r.cls.toFixed(3), r.lcp.toFixed(0), r.fcp.toFixed(0), r.benchmarkIndex.toFixed(0)])];
const widths = head.map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const row of table) console.log('  ' + row.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
console.log(`  budgets: perf ≥ ${LH.performance}, a11y = ${LH.accessibility}, seo = ${LH.seo}, TBT ≤ ${LH.tbt} ms, CLS = ${LH.cls}, LCP ≤ ${LH.lcp} ms`);
console.log('  CPU index: Lighthouse\'s benchmarkIndex of this machine (higher is faster); TBT is observed task time × 4.');

for (const r of rows) {
  const at = `${r.name} ${r.path}`;
  if (r.accessibility < LH.accessibility) breaches.push(`${at}: accessibility ${r.accessibility} < ${LH.accessibility} (failing audits: ${r.failedA11y.join(', ')})`);
  if (r.seo < LH.seo) breaches.push(`${at}: SEO ${r.seo} < ${LH.seo} (failing audits: ${r.failedSeo.join(', ')})`);
  if (r.performance < LH.performance) breaches.push(`${at}: performance ${r.performance} < ${LH.performance}`);
  if (r.tbt > LH.tbt) breaches.push(`${at}: total blocking time ${r.tbt.toFixed(0)} ms > ${LH.tbt} ms`);
  if (r.cls > LH.cls) breaches.push(`${at}: cumulative layout shift ${r.cls.toFixed(3)} > ${LH.cls}`);
  if (r.lcp > LH.lcp) breaches.push(`${at}: largest contentful paint ${r.lcp.toFixed(0)} ms > ${LH.lcp} ms`);
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
  if (!k.noisy && !breaches.some((b) => k.match.test(b))) console.log(`\nℹ known breach ${k.match} did not occur: remove it from KNOWN_BREACHES in scripts/budgets.mjs.`);
}
if (fatal.length > 0) {
  console.error(`\n✗ ${fatal.length} budget breach(es):\n${fatal.map((b) => `  - ${b}`).join('\n')}`);
  process.exit(1);
}
console.log(known.length > 0 ? '\n✓ budgets met apart from the known breaches above' : '\n✓ all budgets met');
