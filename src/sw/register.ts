// Offline and updates (issues 8, 13, 26 and 28): registers the service worker (src/sw/sw.js, built into
// dist/sw.js by scripts/build-sw.mjs) and keeps an open tab in step with the site. boot.ts loads this code once
// the page is idle.
// - The worker is registered, and so precaches the site for offline use, 10 s after that or at the first
//   step, whichever comes first: a person's first seconds fetch only what the page needs (issue 28).
// - A release reaches an open tab: a step, or the tab coming back into view, asks the browser to check for a
//   new worker (at most once every 30 s; src/sw/throttle.ts). A new version installs and takes over at once;
//   a tab that runs an older one (whether or not it started with a worker) says so, "Er is een nieuwe versie",
//   and its next step is an ordinary page load of the new version (src/sw/newer-version.ts, App.tsx).
// - A page the worker answered with a saved copy (network down, or slower than 3 s) says so, with the copy's
//   date and why.
// - Pages the app steps to without a page load are saved by the worker in the background, when idle.
// The notices are plain DOM with their own texts (src/sw/notice-texts.ts): showing one never starts the app.
// Registered from a file, never inline: the CSP allows no inline script.
import { whenIdle } from '../app/main-thread';
import { showUpdateNotice } from '../ui/UpdateNotice/UpdateNotice';
import { markOlderVersion, runsOlderVersion } from './newer-version';
import { fill, noticeTexts } from './notice-texts';
import { onStep, steppedAlready } from './steps';
import { throttle } from './throttle';

const SW_URL = '/sw.js';
/** Not before this long after the page loaded (or its first step) is the worker registered (issue 28). */
const REGISTER_AFTER_MS = 10_000;
/** At most one check for a new version per this interval, on a step or when the tab is shown again. */
const CHECK_INTERVAL_MS = 30_000;
/** A tab left open without steps checks this often. */
const IDLE_CHECK_MS = 60 * 60 * 1000;

/** Why the worker answered with a saved copy: the network failed, or it answered too slowly. */
export type SavedReason = 'offline' | 'slow';

/** The date and reason the worker put on a saved copy (sw.js markSaved), or undefined for a page from the network. */
export function savedCopy(doc: Document = document): { date: Date; reason: SavedReason } | undefined {
  const meta = doc.querySelector('meta[name="wegwijzer-saved"]');
  const value = meta?.getAttribute('content');
  if (value === null || value === undefined) return undefined;
  const parsed = new Date(value);
  const date = Number.isNaN(parsed.getTime()) ? new Date(0) : parsed;
  return { date, reason: meta?.getAttribute('data-reason') === 'slow' ? 'slow' : 'offline' };
}

/** Whether the worker now in control has this page's script, i.e. the page already runs its version. */
function runsCurrentVersion(worker: ServiceWorker | null): Promise<boolean> {
  const script = document.querySelector<HTMLScriptElement>('script[type="module"][src]');
  if (!worker || !script) return Promise.resolve(false);
  const path = new URL(script.src).pathname;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    // An older worker does not answer: then the page cannot know, and says there is a new version.
    const timer = setTimeout(() => resolve(false), 2000);
    channel.port1.onmessage = (event: MessageEvent) => {
      clearTimeout(timer);
      resolve(event.data === true);
    };
    worker.postMessage({ type: 'HAS_ASSET', path }, [channel.port2]);
  });
}

/** What boot.ts saw of the workers before this code was loaded. */
export interface EarlyWorkerState {
  /** Whether another worker has taken the page over since its script started. */
  changed: () => boolean;
}

/** "This is a saved copy from …, because …", in the page's language. */
function showSavedNotice(region: HTMLElement): void {
  const saved = savedCopy();
  if (!saved) return;
  const texts = noticeTexts();
  const dated = saved.date.getTime() !== 0;
  const date = dated
    ? saved.date.toLocaleString(document.documentElement.lang || undefined, {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/Amsterdam',
      })
    : '';
  const text = saved.reason === 'slow' ? (dated ? 'slow' : 'slowUndated') : dated ? 'offline' : 'offlineUndated';
  const message = document.createElement('p');
  message.className = 'utrecht-paragraph ww-saved-notice';
  message.textContent = fill(texts.saved[text], { date }); // textContent: the date needs no HTML escaping
  region.append(message);
}

/**
 * Registers the worker in `container` (boot.ts loads this code only where the browser has one) and keeps
 * the tab in step with the site. `early` is what boot.ts saw before: a new version's worker can take the page
 * over before this code is loaded.
 */
export function registerServiceWorker(container: ServiceWorkerContainer, early: EarlyWorkerState): void {
  // The live region exists before any message is put in it, so screen readers announce the message.
  const region = document.createElement('div');
  region.setAttribute('role', 'status');
  region.className = 'ww-update-region';
  document.body.prepend(region);
  showSavedNotice(region);

  const pages = savedPages(container);
  let older = false;
  // A worker that takes the page over is a new version unless it has this page's script (the first install).
  const onNewWorker = () => {
    pages.flush();
    void runsCurrentVersion(container.controller).then((current) => {
      if (current || older) return;
      older = true;
      markOlderVersion();
      showUpdateNotice(region, noticeTexts().update, () => window.location.reload());
    });
  };
  if (early.changed()) onNewWorker();
  container.addEventListener('controllerchange', onNewWorker);

  let registration: Promise<ServiceWorkerRegistration | undefined> | undefined;
  const checks = throttle(() => {
    void registration?.then((r) => r?.update()).catch(() => undefined);
  }, CHECK_INTERVAL_MS);
  const register = () => {
    if (registration) return;
    registration = container.register(SW_URL).then(
      // A browser (or policy) that blocks service workers may resolve without a registration.
      (r: ServiceWorkerRegistration | undefined) => r,
      () => undefined, // offline, or the browser refuses: the site works as before, only not offline
    );
    checks.done(); // registering fetched the worker: that was a check
  };
  const timer = setTimeout(register, REGISTER_AFTER_MS);
  const step = () => {
    clearTimeout(timer);
    if (registration) checks.request();
    else register();
    pages.save(window.location.pathname);
  };
  if (steppedAlready()) step();
  // After the step, never in its path: the app renders the next page first.
  onStep(() => whenIdle(step, 1000));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && registration) checks.request();
  });
  // Back or Forward to this page from the browser's memory (the back/forward cache) shows it as it was: if a
  // newer version took over meanwhile, that would be the old numbers. Load it from the server instead.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && runsOlderVersion()) window.location.reload();
  });
  setInterval(() => checks.request(), IDLE_CHECK_MS);
}

/**
 * The pages this tab showed, for the worker to save (SAVE_PAGE, sw.js): at once when a worker controls the
 * page, else all of them when one takes over (the first visit: the page came from the network directly).
 */
function savedPages(container: ServiceWorkerContainer) {
  const waiting = new Set([window.location.pathname]);
  const post = (path: string) => container.controller?.postMessage({ type: 'SAVE_PAGE', path });
  return {
    save(path: string) {
      if (container.controller) post(path);
      else waiting.add(path);
    },
    flush() {
      if (!container.controller) return;
      for (const path of waiting) post(path);
      waiting.clear();
    },
  };
}
