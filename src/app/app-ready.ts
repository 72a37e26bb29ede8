// The one signal that the app has taken the page over: <html data-app="ready">, set by App.tsx once its link
// and history handling is in place. Until then the page's own script owns the page: the hydration shield
// keeps taps from React (hydration-shield.ts) and the early "open now" fills the status lines
// (src/ui/OpenNow/early.ts). The browser tests wait for the same attribute.
const READY = 'ready';

/** Marks the page as taken over (App.tsx, once). */
export function markAppReady(): void {
  document.documentElement.dataset.app = READY;
}

/** Whether the app has taken the page over. */
export function appIsReady(): boolean {
  return document.documentElement.dataset.app === READY;
}
