// Offline (issues 8 and 13): registers the service worker (src/sw/sw.js, built into dist/sw.js by
// scripts/build-sw.mjs). A new version takes over at once (the worker skips waiting); a page that was
// already open keeps running the version it started with, and says so: "Er is een nieuwe versie" with a
// button that reloads. A page the worker answered with a saved copy (network down or slower than 3 s) says
// that too, with the copy's date: its phone numbers may have changed since.
// Registered from a file, never inline: the CSP allows no inline script.
import type { I18n } from '../i18n/i18n';

const SW_URL = '/sw.js';
/** A page left open checks for a new version this often (a page load checks anyway). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** The date the worker put on a saved copy (sw.js markSaved), or undefined for a page from the network. */
export function savedCopyDate(doc: Document = document): Date | undefined {
  const value = doc.querySelector('meta[name="wegwijzer-saved"]')?.getAttribute('content');
  if (value === null || value === undefined) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
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

/** What boot.ts saw of the workers before this code was loaded (it registers once the page is idle). */
export interface EarlyWorkerState {
  /** Whether a worker controlled the page when its script started. */
  hadController: boolean;
  /** Whether another worker has taken the page over since. */
  changed: () => boolean;
}

/**
 * Registers the worker in `container` (boot.ts loads this code only where the browser has one). `getI18n`
 * takes the page over (boot.ts) when a message needs the app's texts; `early` is what boot.ts saw before: a
 * new version's worker can take the page over before this code is loaded.
 */
export function registerServiceWorker(
  container: ServiceWorkerContainer,
  getI18n: () => Promise<I18n>,
  early: EarlyWorkerState,
): void {
  // The live region exists before any message is put in it, so screen readers announce the message.
  const region = document.createElement('div');
  region.setAttribute('role', 'status');
  region.className = 'ww-update-region';
  document.body.prepend(region);

  const saved = savedCopyDate();
  if (saved) {
    void getI18n()
      .then(async (i18n) => {
        const date =
          saved.getTime() === 0
            ? ''
            : saved.toLocaleString(i18n.language, {
                dateStyle: 'long',
                timeStyle: 'short',
                timeZone: 'Europe/Amsterdam',
              });
        await i18n.loadNamespaces('offline');
        const message = document.createElement('p');
        message.className = 'utrecht-paragraph ww-saved-notice';
        // textContent, so the date needs no HTML escaping
        message.textContent = i18n.t(date ? 'offline:saved.message' : 'offline:saved.undated', {
          date,
          interpolation: { escapeValue: false },
        });
        region.append(message);
      })
      .catch(() => undefined); // the app's code did not load: no texts to say it with; the page still works
  }

  // A worker that takes over a page that already had one is a new version; the first install is not.
  let shown = false;
  const onNewWorker = () => {
    if (shown || !early.hadController) return;
    shown = true;
    void runsCurrentVersion(container.controller).then((current) => {
      if (current) return;
      const notice = document.createElement('div');
      region.append(notice);
      void Promise.all([import('../ui/UpdateNotice/mount'), getI18n()])
        .then(([{ mountUpdateNotice }, i18n]) => mountUpdateNotice(notice, i18n, () => window.location.reload()))
        .catch(() => undefined); // as above; a chunk the new version removed reloads the page (chunk-reload.ts)
    });
  };
  if (early.changed()) onNewWorker();
  else container.addEventListener('controllerchange', onNewWorker);

  container.register(SW_URL).then(
    (registration: ServiceWorkerRegistration | undefined) => {
      // A browser (or policy) that blocks service workers may resolve without a registration.
      if (!registration) return;
      setInterval(() => void registration.update().catch(() => undefined), CHECK_EVERY_MS);
    },
    () => undefined, // offline, or the browser refuses: the site works as before, only not offline
  );
}
