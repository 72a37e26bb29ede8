// The one signal that a newer version of the site has taken over while this page runs an older one:
// <html data-version="older">, set by src/sw/register.ts when the service worker now in control does not have
// this page's script. From then on the app's next step is an ordinary page load (App.tsx), which fetches
// the new HTML, so the person sees today's phone numbers without having to act on a notice.
const OLDER = 'older';

/** Marks the page as running an older version than the site's (register.ts). */
export function markOlderVersion(): void {
  document.documentElement.dataset.version = OLDER;
}

/** Whether a newer version has taken over since this page loaded. */
export function runsOlderVersion(): boolean {
  return document.documentElement.dataset.version === OLDER;
}
