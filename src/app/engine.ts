// The routing engine: the flow compiled to its XState machine, and restore (replaying a URL's answers
// through a fresh actor). The browser loads it lazily (src/app/lazy-pages.ts): xstate is an eighth of the
// app's JavaScript, and the home page (the first question, no answers yet) renders without it.
import { machineFor } from '../flow/compile';
import { restore, type Restored } from '../flow/restore';
import type { WizardFlow } from './flow';

export interface Engine {
  /** The page the answers lead to, as the machine decides it. */
  restore(segments: readonly string[]): Restored;
}

export function createEngine(flow: WizardFlow): Engine {
  // Compiled once per flow: the route map and the directory step the same machine (src/flow/explore.ts).
  const machine = machineFor(flow);
  // A page is restored twice in a row: to know what it needs loaded (needsCatalogue) and to show it
  // (pageFor). Replaying the answers is the slowest step of taking over a result page, so the last
  // answer is kept (restore is pure: the same segments always give the same page).
  let last: { key: string; restored: Restored } | undefined;
  return {
    restore(segments) {
      const key = segments.join('/');
      if (last?.key !== key) last = { key, restored: restore(machine, flow, segments) };
      return last.restored;
    },
  };
}
