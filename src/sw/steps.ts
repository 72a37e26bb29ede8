// What counts as a step for the service worker's code (register.ts): the app moving to another page without
// a page load (an answer, a link, Back or Forward), and a page reached from another page of this tab.
// The Navigation API reports both, after the fact (the app has already pushed the new URL); where a browser
// lacks it, Back/Forward and a click on one of the site's links stand in (read the URL at idle, after the step).

/** Calls `callback` after every step inside this document. */
export function onStep(callback: () => void, win: Window = window): void {
  if ('navigation' in win && win.navigation) {
    win.navigation.addEventListener('currententrychange', (event) => {
      // "replace" rewrites the same entry (chunk-reload.ts's marker); "reload" is not a step either.
      if (event.navigationType === 'push' || event.navigationType === 'traverse') callback();
    });
    return;
  }
  win.addEventListener('popstate', callback);
  win.document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (link instanceof HTMLAnchorElement && link.origin === win.location.origin) callback();
  });
}

/**
 * Whether a step came before this code ran (boot.ts loads it once the page is idle): the page was reached from
 * another page of the site in this tab (a step by page load), or the app has moved on from the page loaded.
 */
export function steppedAlready(win: Window = window): boolean {
  const activation = 'navigation' in win ? win.navigation?.activation : undefined;
  if (!activation) return false;
  // `from` is the previous entry only when it was on this origin; a reload is not a step.
  if (activation.from && activation.navigationType !== 'reload') return true;
  return activation.entry.url !== null && new URL(activation.entry.url).pathname !== win.location.pathname;
}
