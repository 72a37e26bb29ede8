// The routing engine: the flow compiled to its XState machine, and restore (replaying a URL's answers
// through a fresh actor). The browser loads it lazily (src/app/lazy-pages.ts): xstate is an eighth of the
// app's JavaScript, and the home page (the first question, no answers yet) renders without it.
import { compileFlow } from '../flow/compile';
import { restore, type Restored } from '../flow/restore';
import type { WizardFlow } from './flow';

export interface Engine {
  /** The page the answers lead to, as the machine decides it. */
  restore(segments: readonly string[]): Restored;
}

export function createEngine(flow: WizardFlow): Engine {
  const machine = compileFlow(flow);
  return { restore: (segments) => restore(machine, flow, segments) };
}
