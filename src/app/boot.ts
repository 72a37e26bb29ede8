// The page's only script. The prerendered HTML is complete and works without JavaScript: every answer is a
// link to a prerendered page. So the app (React and the wizard, about 100 KB) takes the page over only when
// the person shows an intent to use it — a pointer moved or pressed, a key, focus on a control — and never
// while the page loads: loading stays the same small amount of work on any machine, and Lighthouse's phone
// sees no take-over at all (issue 16, docs/decisions/0009-take-over-on-intent.md). A tap on an answer before
// the app is there is an ordinary link; the tap does not start the app, since the page is being left.
// What must work from the first moment runs here, without the app: the quick exit, the reload on a chunk a
// release removed, "open now" beside the hours (src/ui/OpenNow/early.ts), and the service worker (offline
// use must not depend on a tap; its code loads once the page is idle, and registers the worker 10 s later or
// at the first step). Its notices (a saved copy, a new version) have texts of their own: they never start the app.
// The prerendered HTML names the path it was rendered for (data-path, see scripts/prerender.ts): if Back
// changed the URL before the app started, the app first hydrates what is on screen, then catches up with the
// URL (App.tsx). The offline app shell has no data-path and renders the URL.
import { whenIdle, yieldToMain } from './main-thread';
import { installQuickExit } from '../ui/ExitThisPage/quick-exit';
import { installChunkReload } from '../sw/chunk-reload';
import { showOpenNowEarly } from '../ui/OpenNow/early';
import { shieldHydration } from './hydration-shield';
import { appIsReady } from './app-ready';
import { runsOlderVersion } from '../sw/newer-version';

// The quick exit works from now on, whether or not the app ever takes over.
installQuickExit();
// A code chunk a release removed reloads the page (the current version) instead of breaking the step.
installChunkReload();

const renderedPath = document.getElementById('root')?.dataset.path ?? window.location.pathname;

type Started = Awaited<ReturnType<typeof import('./entry-client').start>>;
let started: Promise<Started> | undefined;

/** Takes the page over, once; later calls get the same app. */
function takeOver(): Promise<Started> {
  return (started ??= (async () => {
    stopListening();
    // Until the app has taken over, a tap is on the prerendered page (hydration-shield.ts).
    const root = document.getElementById('root');
    if (root) shieldHydration(root, appIsReady);
    // React DOM is half of the app's JavaScript: it is evaluated in a task of its own, before the rest.
    await import('react-dom/client');
    await yieldToMain();
    const app = await import('./entry-client');
    await yieldToMain();
    return app.start(renderedPath);
  })());
}

const INTENTS = ['pointermove', 'pointerdown', 'keydown', 'focusin', 'wheel'] as const;
/** Starts the app; if its code cannot be loaded (offline, a removed chunk), the page stays as it is: it works. */
function startApp() {
  // A newer version has taken over (src/sw/newer-version.ts): the next page load brings its app, not this one.
  if (runsOlderVersion()) return;
  takeOver().catch(() => undefined);
}
function onIntent(event: Event) {
  // A press on a link leaves the page: starting the app now would only slow down that page load.
  if (event.type === 'pointerdown' && event.target instanceof Element && event.target.closest('a[href]')) return;
  startApp();
}
function stopListening() {
  for (const type of INTENTS) document.removeEventListener(type, onIntent, { capture: true });
}
for (const type of INTENTS) document.addEventListener(type, onIntent, { capture: true, passive: true });

// The dev server (`npm run dev`) serves the bare template, with nothing on screen until the app renders.
if (!document.getElementById('root')?.firstElementChild) startApp();

// A new version's worker may take the page over before the worker's code below is loaded (another tab
// loaded the new version): note it now, so the page can still say that it runs the old one.
const workers = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
const early = { changed: () => workerChanged };
let workerChanged = false;
workers?.addEventListener('controllerchange', () => (workerChanged = true), { once: true });

function registerWorker() {
  // The dev server has no service worker; a browser without them does not need the code.
  if (!import.meta.env.PROD || !workers) return;
  // Not loaded (offline, say): the next page load registers it.
  import('../sw/register')
    .then(({ registerServiceWorker }) => registerServiceWorker(workers, early))
    .catch(() => undefined);
}
if (document.readyState === 'complete') whenIdle(registerWorker, 3000);
else window.addEventListener('load', () => whenIdle(registerWorker, 3000), { once: true });
// "Open now" beside the hours at once, from the data the build put in the page (no wait for the app). Last,
// so that if it ever threw, the quick exit, the app's start and the worker are in place all the same.
showOpenNowEarly();
