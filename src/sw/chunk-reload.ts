// A page that runs an older version asks for a code chunk the server no longer has (a release removed it and
// no cache holds it): Vite then fires `vite:preloadError`. Instead of a step that never comes, load the page
// again, which brings the current version. The import still fails for the code that asked (its caller keeps
// the page working without it); the reload follows once the server has confirmed that the chunk is gone: a
// load cut off by the person leaving the page, or by a flaky or absent network, fails the same way, and
// reloading then would pull the person back from where they were going, or show an error page offline.
// Only once in a row: the marker in history.state (it survives a reload, and nothing is stored anywhere else)
// stops a loop when the chunk is missing from the new version too.
const MARKER = 'wegwijzerChunkReload';
const WITHIN_MS = 10_000;

/** The chunk's address in the browser's error ("Failed to fetch dynamically imported module: https://…"). */
function chunkUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error ?? '');
  return /https?:\/\/\S+/.exec(message)?.[0];
}

/** Whether the server says the chunk is not there (404, 410). A check that cannot be made (offline) says no. */
async function isGone(win: Window, url: string): Promise<boolean> {
  try {
    const response = await win.fetch(url, { method: 'HEAD', cache: 'no-store' });
    return response.status === 404 || response.status === 410;
  } catch {
    return false;
  }
}

export function installChunkReload(win: Window = window): void {
  let leaving = false;
  win.addEventListener('beforeunload', () => (leaving = true));
  win.addEventListener('pagehide', () => (leaving = true));
  win.addEventListener('pageshow', () => (leaving = false));
  win.addEventListener('vite:preloadError', (event) => {
    if (leaving) return;
    const url = chunkUrl((event as Event & { payload?: unknown }).payload);
    // A browser whose error names no address (Safari): the chunk is likely gone, as before this check.
    void (url ? isGone(win, url) : Promise.resolve(true)).then((gone) => {
      if (!gone || leaving) return;
      const state = (win.history.state ?? {}) as Record<string, unknown>;
      const last = typeof state[MARKER] === 'number' ? (state[MARKER] as number) : 0;
      if (Date.now() - last < WITHIN_MS) return; // reloaded for this a moment ago: let the error stand
      win.history.replaceState({ ...state, [MARKER]: Date.now() }, '');
      win.location.reload();
    });
  });
}
