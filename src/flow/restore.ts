// The URL is the only state: a page is restored by replaying the URL's answers through a fresh actor.
import { createActor } from 'xstate';
import { currentNode, type WizardMachine } from './compile.ts';
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
  let failure: unknown;
  actor.subscribe({ error: (err) => (failure = err) });
  actor.start();
  try {
    for (let i = 0; i < segments.length; i++) {
      const option = segments[i]!;
      const before = actor.getSnapshot();
      const node = currentNode(before);
      if (before.hasTag('result')) return { ok: false, reason: `the answers end at result "${node}"; "${option}" is one too many`, at: i };
      if (!SEGMENT.test(option)) return { ok: false, reason: `"${option}" is not an answer`, at: i };
      if (!flow.questions[node]?.options.some((o) => o.id === option)) {
        return { ok: false, reason: `"${option}" is not an answer to question "${node}"`, at: i };
      }
      actor.send({ type: 'ANSWER', option });
      if (failure) return { ok: false, reason: `the flow failed on "${option}"`, at: i };
      if (actor.getSnapshot() === before) return { ok: false, reason: `"${option}" did not move the flow on`, at: i };
    }
    const snap = actor.getSnapshot();
    const node = currentNode(snap);
    if (!(node in flow.questions) && !(node in flow.results)) {
      return { ok: false, reason: `no rule leads on from "${node.replace(/__route$/, '')}" for these answers`, at: segments.length - 1 };
    }
    return {
      ok: true,
      kind: snap.hasTag('result') ? 'result' : 'question',
      node,
      trail: snap.context.trail,
    };
  } finally {
    actor.stop();
  }
}
