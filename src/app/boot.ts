// The page's only script tag. The prerendered HTML is complete and works without JavaScript, so the app
// that takes it over is fetched once the page has loaded and the browser is idle: it never competes with
// the first paint (largest contentful paint), and a click before then is an ordinary link to a
// prerendered page.
// The prerendered HTML names the path it was rendered for (data-path, see scripts/prerender.ts): if Back
// changed the URL before the app started, the app first hydrates what is on screen, then catches up with the
// URL (App.tsx). The offline app shell has no data-path and renders the URL.
import { whenIdle, yieldToMain } from './main-thread';
import { installQuickExit } from '../ui/ExitThisPage/quick-exit';
import { installChunkReload } from '../sw/chunk-reload';
import { showOpenNowEarly } from '../ui/OpenNow/early';

// The quick exit works from now on, whether or not the app ever takes over.
installQuickExit();
// A code chunk a release removed reloads the page (the current version) instead of breaking the step.
installChunkReload();

const renderedPath = document.getElementById('root')?.dataset.path ?? window.location.pathname;

async function start() {
  // React DOM is half of the app's JavaScript: it is evaluated in a task of its own, before the rest.
  await import('react-dom/client');
  await yieldToMain();
  const app = await import('./entry-client');
  await yieldToMain();
  await app.start(renderedPath);
}

const startWhenIdle = () => whenIdle(() => void start(), 1500);
if (document.readyState === 'complete') startWhenIdle();
else window.addEventListener('load', startWhenIdle, { once: true });
// "Open now" beside the hours at once, from the data the build put in the page (no wait for the app). Last,
// so that if it ever threw, the quick exit and the app's start are in place all the same.
showOpenNowEarly();
