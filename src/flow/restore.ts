// The URL is the only state: a page is restored by replaying the URL's answers through a fresh actor.
import { createActor, type Actor } from 'xstate';
import { accepts, currentNode, type WizardMachine } from './compile.ts';
import type { RoutingFlow } from './model.ts';

export type Restored =
  | {
      ok: true;
      kind: 'question' | 'result';
      /** the question or result shown */
      node: string;
      /** the answers, in order, as (question, option) */
      trail: { question: string; option: string }[];
    }
  | {
      ok: false;
      /** why the list is invalid, in plain words (English; the UI shows its own translated page) */
      reason: string;
      /** the index of the first segment that could not be used */
      at: number;
    };

const SEGMENT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function restore(machine: WizardMachine, flow: RoutingFlow, segments: readonly string[]): Restored {
  const actor = createActor(machine);
  try {
    return replay(actor.start(), flow, segments);
  } finally {
    actor.stop();
  }
}

/**
 * Sends the answers to a started actor, checking each, and says where it rests. `offset` is the number of
 * answers the actor was given before (the app's engine steps on from the previous page's actor with one
 * answer): errors count segments from the start of the URL.
 */
export function replay(
  actor: Actor<WizardMachine>,
  flow: RoutingFlow,
  segments: readonly string[],
  offset = 0,
): Restored {
  let failure: unknown;
  const sub = actor.subscribe({ error: (err) => (failure = err) });
  try {
    for (let i = 0; i < segments.length; i++) {
      const option = segments[i]!;
      const at = offset + i;
      const before = actor.getSnapshot();
      const node = currentNode(before);
      if (before.hasTag('result'))
        return { ok: false, reason: `the answers end at result "${node}"; "${option}" is one too many`, at };
      if (!SEGMENT.test(option)) return { ok: false, reason: `"${option}" is not an answer`, at };
      // The machine's own guard decides which answers a question takes (compile.ts), not a second list here.
      if (!accepts(before, option)) {
        return { ok: false, reason: `"${option}" is not an answer to question "${node}"`, at };
      }
      actor.send({ type: 'ANSWER', option });
      if (failure) return { ok: false, reason: `the flow failed on "${option}"`, at };
      if (actor.getSnapshot() === before) return { ok: false, reason: `"${option}" did not move the flow on`, at };
    }
    const snap = actor.getSnapshot();
    const node = currentNode(snap);
    if (!(node in flow.questions) && !(node in flow.results)) {
      return {
        ok: false,
        reason: `no rule leads on from "${node.replace(/__route$/, '')}" for these answers`,
        at: offset + segments.length - 1,
      };
    }
    return {
      ok: true,
      kind: snap.hasTag('result') ? 'result' : 'question',
      node,
      trail: snap.context.trail,
    };
  } finally {
    sub.unsubscribe();
  }
}
