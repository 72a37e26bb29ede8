// A page that runs an older version asks for a code chunk the server no longer has (a release removed it and
// no cache holds it): Vite then fires `vite:preloadError`. Instead of a broken step, load the page again, which
// brings the current version. Only once in a row: the marker in history.state (it survives a reload, and
// nothing is stored anywhere else) stops a loop when the chunk is missing from the new version too.
const MARKER = 'wegwijzerChunkReload';
const WITHIN_MS = 10_000;

export function installChunkReload(win: Window = window): void {
  win.addEventListener('vite:preloadError', (event) => {
    const state = (win.history.state ?? {}) as Record<string, unknown>;
    const last = typeof state[MARKER] === 'number' ? (state[MARKER] as number) : 0;
    if (Date.now() - last < WITHIN_MS) return; // reloaded for this a moment ago: let the error show
    event.preventDefault();
    win.history.replaceState({ ...state, [MARKER]: Date.now() }, '');
    win.location.reload();
  });
}
