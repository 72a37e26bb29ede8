// What a person gets on a fresh first load, measured in Chromium (used by scripts/budgets.mjs, and runnable
// alone: `npm run build && node scripts/first-load.mjs`):
//   - fetched in five seconds: every script and style sheet the page itself requests in the first five
//     seconds after navigation starts (the take-over's lazy chunks, texts and preloads included; the service
//     worker's precache is the worker's own request, not the page's, and is not counted), in gzip bytes of
//     the files in dist/;
//   - first tap: tapping the first answer of a question page on a fresh load with the CPU slowed down 4× (as
//     Lighthouse's phone), with whatever the take-over is doing at that moment included. Two figures:
//       * to the next paint: the browser's measure of a response to input (Event Timing: from the tap to the
//         next frame painted after its handlers, the basis of Interaction to Next Paint, "good" ≤ 200 ms);
//       * to the next page: until the first paint that shows the next page (for an ordinary link the next
//         document's first paint, for a step of the app the frame after the heading changed).
//     A person can tap at any moment, so the tap comes as the page's first input right after the load event,
//     and after a first touch elsewhere (which starts the take-over, boot.ts) at several moments during and
//     after the take-over. Median of `runs` fresh loads each; the worst moment counts.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { javaScriptBy } from './served-bytes.mjs';

export const FETCH_WINDOW_MS = 5000;
/** Moments after the load event at which the tap lands: at once, during the take-over, and after it. */
/** When the answer is tapped: [ms after the first touch elsewhere, or null for no touch before] after load. */
export const TAP_MOMENTS_MS = [null, 0, 250, 500, 1000, 2000];
const CPU_SLOWDOWN = 4;

// Installed before any page script: remembers when the first tap started (in epoch milliseconds, so that the
// next document can compare) and, in each document, when the first paint after a change of the page's
// heading happened. sessionStorage carries the tap across an ordinary navigation in the same tab.
const RECORDER = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  addEventListener('pointerdown', (e) => {
    if (!sessionStorage.getItem('tapAt') && e.target.closest?.('.ww-answer-options__link'))
      sessionStorage.setItem('tapAt', String(performance.timeOrigin + e.timeStamp));
  }, { capture: true });
  // The response to the tap in this document: the longest Event Timing entry of its interaction.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.interactionId || !sessionStorage.getItem('tapAt')) continue;
      const id = sessionStorage.getItem('tapId') ?? String(e.interactionId);
      if (id !== String(e.interactionId)) continue;
      sessionStorage.setItem('tapId', id);
      if (e.duration >= Number(sessionStorage.getItem('tapPaint') ?? 0)) {
        sessionStorage.setItem('tapPaint', String(e.duration));
        // Of which waiting for the main thread (a task of the take-over, say) before the handlers ran.
        sessionStorage.setItem('tapWait', String(e.processingStart - e.startTime));
      }
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  const heading = () => document.querySelector('h1')?.textContent ?? '';
  addEventListener('DOMContentLoaded', () => {
    const first = heading();
    // A step inside the page (the app has taken over): the frame after the heading changes is the paint.
    new MutationObserver(() => {
      if (window.__steppedAt || heading() === first) return;
      requestAnimationFrame(() => setTimeout(() => { window.__steppedAt = now(); }, 0));
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  // A new document (the answer was an ordinary link): its first paint.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === 'first-paint' || e.name === 'first-contentful-paint')
        window.__paintedAt ??= performance.timeOrigin + e.startTime;
  }).observe({ type: 'paint', buffered: true });
})();`;

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The raw and gzip bytes of a file of the build, by its URL path; undefined for a path that is not a file there. */
export function builtFileSize(dist, pathname) {
  const file = join(dist, decodeURIComponent(pathname));
  if (!file.startsWith(dist) || !existsSync(file)) return undefined;
  const raw = readFileSync(file);
  return { raw: raw.length, gzip: gzipSync(raw).length };
}

/** Scripts and style sheets the page requests in its first five seconds, with their gzip sizes. */
export async function fetchedInFiveSeconds(browser, base, path, dist) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Map();
  const started = Date.now();
  page.on('request', (request) => {
    if (Date.now() - started > FETCH_WINDOW_MS) return;
    const url = new URL(request.url());
    if (
      !['script', 'stylesheet', 'fetch', 'xhr'].includes(request.resourceType()) &&
      !/\.(js|css|json)$/.test(url.pathname)
    )
      return;
    files.set(url.pathname, /\.(js|css|json)$/.test(url.pathname) ? (builtFileSize(dist, url.pathname)?.gzip ?? 0) : 0);
  });
  await page.goto(base + path);
  await page.waitForTimeout(Math.max(0, FETCH_WINDOW_MS - (Date.now() - started)));
  await context.close();
  const total = [...files.values()].reduce((a, b) => a + b, 0);
  return { files, total };
}

/** When the first pointer move comes in the run that counts what leaves the server (issue 28). */
export const INTENT_AT_MS = 500;

/**
 * A first visit to `path` by a person: a fresh browser profile (no cache, no service worker), the mouse moved
 * onto the page's heading INTENT_AT_MS after navigation starts (the first intent, which starts the app,
 * boot.ts), nothing else. Returns the JavaScript that left the server in the first five seconds, counted at
 * the server (`served`, from scripts/served-bytes.mjs): the page's and the service worker's fetches together
 * (`total`, each response as sent, gzip); and what the page itself requested (`page`, gzip bytes of the built
 * files, whether the server or the worker's cache answered: at the server, which of the two fetched a file
 * first is a race).
 */
export async function servedAfterIntent(browser, base, path, served, dist) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const started = Date.now();
  // The page's own: every script it requested in the window, whether the server or the worker answered.
  const requested = new Map();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (Date.now() - started <= FETCH_WINDOW_MS && url.pathname.endsWith('.js'))
      requested.set(url.pathname, builtFileSize(dist, url.pathname)?.gzip ?? 0);
  });
  try {
    await page.goto(base + path, { waitUntil: 'commit' });
    await page.locator('h1').waitFor();
    await page.waitForTimeout(Math.max(0, INTENT_AT_MS - (Date.now() - started)));
    const heading = await page.locator('h1').boundingBox();
    await page.mouse.move(heading.x + 4, heading.y + heading.height / 2);
    await page.waitForTimeout(Math.max(0, FETCH_WINDOW_MS - (Date.now() - started)));
    const atServer = javaScriptBy(served.since(started).filter((r) => r.at - started <= FETCH_WINDOW_MS));
    return { ...atServer, page: [...requested.values()].reduce((a, b) => a + b, 0), pageFiles: requested };
  } finally {
    await context.close();
  }
}

/**
 * One fresh load of `path`, tapping its first answer right after the load event (moment null), or `moment` ms
 * after a first touch on the page's heading: ms to the next paint and to the next page.
 */
async function tapOnce(browser, base, path, moment) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await context.addInitScript(RECORDER);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  try {
    await page.goto(base + path, { waitUntil: 'load' });
    if (moment !== null) {
      const heading = await page.locator('h1').boundingBox();
      await page.touchscreen.tap(heading.x + 4, heading.y + heading.height / 2);
      if (moment > 0) await page.waitForTimeout(moment);
    }
    const answer = page.locator('main .ww-answer-options__link').first();
    const box = await answer.boundingBox();
    if (!box) throw new Error(`no answer to tap on ${path}`);
    const firstUrl = page.url();
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    // Either the app stepped in this document, or a new document painted.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const state = await page
        .evaluate(() => ({
          tapAt: Number(sessionStorage.getItem('tapAt')),
          paint: Number(sessionStorage.getItem('tapPaint') ?? NaN),
          wait: Number(sessionStorage.getItem('tapWait') ?? 0),
          stepped: window.__steppedAt,
          painted: window.__paintedAt,
          url: location.href,
        }))
        .catch(() => undefined); // the document is being replaced: ask again
      // No Event Timing entry means the tap's handling and paint took under 16 ms (the entries' threshold).
      const paint = Number.isNaN(state?.paint) ? 16 : state?.paint;
      if (state?.tapAt && state.stepped)
        return { ms: state.stepped - state.tapAt, paint, wait: state.wait, how: 'app step' };
      if (state?.tapAt && state.url !== firstUrl && state.painted && state.painted > state.tapAt)
        return { ms: state.painted - state.tapAt, paint, wait: state.wait, how: 'page load' };
      if (Date.now() > deadline) throw new Error(`tapping the first answer on ${path} painted nothing within 10 s`);
      await page.waitForTimeout(20);
    }
  } finally {
    await context.close();
  }
}

/** This machine's speed now, as Lighthouse measures it (its benchmarkIndex, "CPU index"; higher is faster). */
async function cpuIndex(browser) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(pageFunctions.computeBenchmarkIndex);
  } finally {
    await page.close();
  }
}

/** The first tap at each moment (medians of `runs`), the worst of those medians, and the CPU index before and after. */
export async function firstTapDelay(browser, base, path, runs) {
  const cpu = [await cpuIndex(browser)];
  const moments = [];
  for (const moment of TAP_MOMENTS_MS) {
    const taps = [];
    for (let i = 0; i < runs; i++) taps.push(await tapOnce(browser, base, path, moment));
    moments.push({
      moment,
      paint: median(taps.map((t) => t.paint)),
      paints: taps.map((t) => t.paint),
      wait: median(taps.map((t) => t.wait)),
      ms: median(taps.map((t) => t.ms)),
      how: [...new Set(taps.map((t) => t.how))].join('/'),
    });
  }
  cpu.push(await cpuIndex(browser));
  return {
    moments,
    cpu,
    worstPaint: Math.max(...moments.map((m) => m.paint)),
    worstPage: Math.max(...moments.map((m) => m.ms)),
  };
}

/** One line per moment, for the budgets' report. */
export function describeTaps(tap) {
  return tap.moments.map(
    (m) =>
      `${m.moment === null ? 'first input' : `+${m.moment} ms after a touch`}: ` +
      `next paint ${m.paint.toFixed(0)} ms (runs ${m.paints.map((p) => p.toFixed(0)).join(', ')}; ` +
      `waiting ${m.wait.toFixed(0)}), next page ${m.ms.toFixed(0)} ms (${m.how})`,
  );
}

export async function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

// Alone: print the figures for the home page and a question page (or the paths given). `--bytes`: only the
// byte figures (no timings), which hold however loaded the machine is.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { startCountingServer } = await import('./served-bytes.mjs');
  const { resolve } = await import('node:path');
  const dist = resolve(process.env.WEGWIJZER_DIST ?? 'dist');
  const { server, url: base, served } = await startCountingServer({ root: dist, port: 0 });
  const browser = await launchChromium();
  const args = process.argv.slice(2).filter((a) => a !== '--bytes');
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  try {
    for (const path of args.length ? args : ['/nl/', '/nl/wegwijzer/niet-dringend/']) {
      const { files, total } = await fetchedInFiveSeconds(browser, base, path, dist);
      console.log(`${path}: ${kb(total)} gzip in ${files.size} files in the first 5 s without input`);
      for (const [f, b] of files) console.log(`  ${f.padEnd(50)} ${kb(b).padStart(9)}`);
      const js = await servedAfterIntent(browser, base, path, served, dist);
      console.log(
        `  with a pointer move at ${INTENT_AT_MS} ms: ${kb(js.total)} of JavaScript ` +
          'left the server in the first 5 s, ' +
          `the page itself requested ${kb(js.page)} in ${js.pageFiles.size} files`,
      );
      const byDest = new Map();
      for (const r of js.files) byDest.set(r.dest || '(none)', (byDest.get(r.dest || '(none)') ?? 0) + r.bytes);
      const at = [...byDest].map(([dest, bytes]) => `${dest} ${kb(bytes)}`);
      console.log(`    at the server, by Sec-Fetch-Dest: ${at.join(', ')}`);
      for (const [f, b] of js.pageFiles) console.log(`    ${f.padEnd(48)} ${kb(b).padStart(9)}`);
      if (process.argv.includes('--bytes')) continue;
      const tap = await firstTapDelay(browser, base, path, Number(process.env.TAP_RUNS ?? 3));
      console.log(
        `  first tap (4× slower CPU), medians of ${process.env.TAP_RUNS ?? 3}, ` +
          `CPU index ${tap.cpu.map((c) => c.toFixed(0)).join(' → ')}:`,
      );
      for (const line of describeTaps(tap)) console.log(`    ${line}`);
    }
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}
