// Flow data → one XState v5 machine. Each question is a state that takes ANSWER events for its own
// options; the answer is stored, then a transient routing state picks the next node with the flow's rules
// (named guards over the answers). Results are ordinary states tagged `result`, so Back and Change work by
// replaying a shorter list of answers.
import { assign, setup, type SnapshotFrom } from 'xstate';
import { holds, type AnswerMap } from './conditions.ts';
import type { Condition } from './schema.ts';
import type { RoutingFlow } from './model.ts';

export interface WizardContext {
  /** question id → option id, for the guards */
  answers: AnswerMap;
  /** the answers in the order given: the URL's segments */
  trail: { question: string; option: string }[];
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
        ...q.rules.map((r) => ({ guard: { type: 'ruleHolds', params: { when: r.when } }, target: r.to })),
        ...(q.otherwise ? [{ target: q.otherwise }] : []),
      ],
    };
  }
  for (const r of Object.values(flow.results)) states[r.id] = { tags: ['result'] };

  return wizard.createMachine({
    id: 'wegwijzer',
    initial: flow.start,
    context: { answers: {}, trail: [] },
    // The config is generated from data, so its shape is checked by the flow validator, not by tsc.
    states: states as never,
  });
}

export type WizardMachine = ReturnType<typeof compileFlow>;
export type WizardSnapshot = SnapshotFrom<WizardMachine>;

/** The node a snapshot rests on (a question or a result id). */
export function currentNode(snapshot: { value: unknown }): string {
  return String(snapshot.value);
}
