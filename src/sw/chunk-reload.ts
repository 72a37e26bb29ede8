// A page that runs an older version asks for a code chunk the server no longer has (a release removed it and
// no cache holds it): Vite then fires `vite:preloadError`. Instead of a broken step, load the page again, which
// brings the current version. Only once in a row: the marker in history.state (it survives a reload, and
// nothing is stored anywhere else) stops a loop when the chunk is missing from the new version too.
const MARKER = 'wegwijzerChunkReload';
const WITHIN_MS = 10_000;

export function installChunkReload(win: Window = window): void {
  // A page that is being left aborts its chunk loads, and they fail too: reloading it then would pull the
  // person back from where they were going (a link, a typed address). So not while the page is unloading.
  let leaving = false;
  win.addEventListener('beforeunload', () => (leaving = true));
  win.addEventListener('pagehide', () => (leaving = true));
  win.addEventListener('pageshow', () => (leaving = false));
  win.addEventListener('vite:preloadError', (event) => {
    if (leaving) return;
    const state = (win.history.state ?? {}) as Record<string, unknown>;
    const last = typeof state[MARKER] === 'number' ? (state[MARKER] as number) : 0;
    if (Date.now() - last < WITHIN_MS) return; // reloaded for this a moment ago: let the error show
    event.preventDefault();
    win.history.replaceState({ ...state, [MARKER]: Date.now() }, '');
    win.location.reload();
  });
}
