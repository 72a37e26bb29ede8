// A load started once and shared by every caller; a failed load (offline) is forgotten, so the next call tries
// again instead of failing for the rest of the visit. The on-demand parts of the app (lazy-pages.ts) and the
// search (ui/DescribeSearch/load.ts) load through it.

export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((err: unknown) => {
      pending = undefined;
      throw err;
    }));
}
