// The directory's filter lives in the URL's query. This hook reads it as an external store: the server (and
// hydration) sees no query, so the prerendered page lists everything and hydration matches; right after
// hydration React reads the real query and the list filters. Writing goes through history, never a page load.
import { useSyncExternalStore } from 'react';

const CHANGE = 'ww-query-change';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

export function useUrlQuery(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
}

/** Puts a new query ("" or "?…") in the address bar: replaced while typing, pushed for a new list. */
export function setUrlQuery(query: string, mode: 'replace' | 'push' = 'replace'): void {
  if (query === window.location.search) return;
  const url = window.location.pathname + query;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
}
