// Flow data → one XState v5 machine: the one definition of where an answer leads. Each question is a state
// that takes ANSWER events for its own options; the answer is stored, then a transient routing state picks
// the next node with the flow's rules (named guards over the answers, judged by `holds`), or the fallback.
// Results are ordinary states tagged `result`, so Back and Change work by replaying a shorter list of
// answers. The browser replays URLs through it (restore.ts); everything else that needs to know where an
// answer leads — paths, the prerender list, the route map, the directory, diff, Mermaid — steps it
// (explore.ts). See docs/decisions/ (the machine as the only routing semantics).
import { assign, setup, type SnapshotFrom } from 'xstate';
import { holds, type AnswerMap } from './conditions.ts';
import type { Condition } from './schema.ts';
import type { RoutingFlow } from './model.ts';

export interface WizardContext {
  /** question id → option id, for the guards */
  answers: AnswerMap;
  /** the answers in the order given: the URL's segments */
  trail: { question: string; option: string }[];
  /**
   * Which of the last question's rules chose the node the machine rests on (an index into its `rules`),
   * or -1 for its `otherwise`: so the route map can say why without judging the rules a second time.
   */
  decidedBy: number;
}

export type WizardEvent = { type: 'ANSWER'; option: string };

const ROUTE_SUFFIX = '__route';

export function compileFlow(flow: RoutingFlow) {
  const wizard = setup({
    types: {
      context: {} as WizardContext,
      events: {} as WizardEvent,
    },
    guards: {
      /** The event answers with this option. */
      chose: ({ event }, params: { option: string }) => event.option === params.option,
      /** A routing rule's condition holds over the answers so far. */
      ruleHolds: ({ context }, params: { when: Condition }) => holds(params.when, context.answers),
    },
    actions: {
      record: assign(({ context }, params: { question: string; option: string }) => ({
        answers: { ...context.answers, [params.question]: params.option },
        trail: [...context.trail, params],
      })),
      decided: assign((_, params: { rule: number }) => ({ decidedBy: params.rule })),
    },
  });

  const states: Record<string, object> = {};
  for (const q of Object.values(flow.questions)) {
    states[q.id] = {
      tags: ['question'],
      on: {
        ANSWER: q.options.map((o) => ({
          guard: { type: 'chose', params: { option: o.id } },
          target: q.id + ROUTE_SUFFIX,
          actions: { type: 'record', params: { question: q.id, option: o.id } },
        })),
      },
    };
    states[q.id + ROUTE_SUFFIX] = {
      always: [
        ...q.rules.map((r, i) => ({
          guard: { type: 'ruleHolds', params: { when: r.when } },
          target: r.to,
          actions: { type: 'decided', params: { rule: i } },
        })),
        ...(q.otherwise ? [{ target: q.otherwise, actions: { type: 'decided', params: { rule: -1 } } }] : []),
      ],
    };
  }
  for (const r of Object.values(flow.results)) states[r.id] = { tags: ['result'] };

  return wizard.createMachine({
    id: 'wegwijzer',
    initial: flow.start,
    context: { answers: {}, trail: [], decidedBy: -1 },
    // The config is generated from data, so its shape is checked by the flow validator, not by tsc.
    states: states as never,
  });
}

export type WizardMachine = ReturnType<typeof compileFlow>;

const compiled = new WeakMap<RoutingFlow, WizardMachine>();
/**
 * The machine of a flow, compiled once per flow object: the app's engine, the route map and the directory
 * share it, and paths enumeration does not compile again for every call.
 */
export function machineFor(flow: RoutingFlow): WizardMachine {
  let machine = compiled.get(flow);
  if (!machine) compiled.set(flow, (machine = compileFlow(flow)));
  return machine;
}
export type WizardSnapshot = SnapshotFrom<WizardMachine>;

/** Whether the question a snapshot rests on takes `option` as its answer (false on a result). */
export function accepts(snapshot: WizardSnapshot, option: string): boolean {
  return snapshot.can({ type: 'ANSWER', option });
}

/** The node a snapshot rests on (a question or a result id). */
export function currentNode(snapshot: { value: unknown }): string {
  return String(snapshot.value);
}
