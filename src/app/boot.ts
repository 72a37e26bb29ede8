// The page's only script tag. The prerendered HTML is complete and works without JavaScript, so the app
// that takes it over is fetched once the page has loaded and the browser is idle: it never competes with
// the first paint (largest contentful paint), and a click before then is an ordinary link to a
// prerendered page.
// The prerendered HTML names the path it was rendered for (data-path, see scripts/prerender.ts): if Back
// changed the URL before the app started, the app first hydrates what is on screen, then catches up with the
// URL (App.tsx). The offline app shell has no data-path and renders the URL.
const renderedPath = document.getElementById('root')?.dataset.path ?? window.location.pathname;
const start = () => void import('./entry-client').then((app) => app.start(renderedPath));
const whenIdle = () =>
  'requestIdleCallback' in window ? window.requestIdleCallback(start, { timeout: 1500 }) : setTimeout(start, 200);
if (document.readyState === 'complete') whenIdle();
else window.addEventListener('load', whenIdle, { once: true });
