// False in the server's HTML and during hydration, true once JavaScript runs: for controls that only work
// with JavaScript (Print, Copy link), so they never show up dead in the static page and hydration matches.
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
