// Stepping the compiled machine (compile.ts) through every answer it accepts, with XState's pure
// getNextSnapshot: no second interpreter of the routing rules exists. Paths, the prerender list, the route
// map, the directory's "which results lead here", flows diff and the Mermaid charts all derive from this.
// The cost is the number of steps (one per edge of the tree of answers, shared prefixes stepped once).
import { getInitialSnapshot, getNextSnapshot } from 'xstate';
import { currentNode, machineFor, type WizardMachine, type WizardSnapshot } from './compile.ts';
import type { RoutingFlow } from './model.ts';

/** One answer given, and where the machine went with it. */
export interface Step {
  question: string;
  option: string;
  /** the node the machine rests on after this answer */
  to: string;
  /** the index of the question's rule that chose `to`, or -1 for its `otherwise` */
  rule: number;
}

export interface Explorer {
  machine: WizardMachine;
  /** The machine before any answer: at the start question. */
  start(): WizardSnapshot;
  /**
   * The machine after answering `option` at the question it rests on, or undefined when no rule leads on
   * (a dead end the validator warns about) or the machine does not take the answer.
   */
  answer(snapshot: WizardSnapshot, option: string): { snapshot: WizardSnapshot; step: Step } | undefined;
}

export function explorer(flow: RoutingFlow, machine: WizardMachine = machineFor(flow)): Explorer {
  return {
    machine,
    start: () => getInitialSnapshot(machine),
    answer(snapshot, option) {
      const question = currentNode(snapshot);
      const next = getNextSnapshot(machine, snapshot, { type: 'ANSWER', option });
      const to = currentNode(next);
      if (next === snapshot || !(to in flow.questions || to in flow.results)) return undefined;
      return { snapshot: next, step: { question, option, to, rule: next.context.decidedBy } };
    },
  };
}

/**
 * Calls `visit` for every node the machine reaches, depth first in option order, with the steps that led
 * there (a question reached on two paths is visited twice). Returning false stops the whole walk. A
 * question already on the way (a cycle, which the validator reports) ends its branch.
 */
export function walkMachine(
  flow: RoutingFlow,
  visit: (steps: readonly Step[], node: string) => boolean | void,
  machine?: WizardMachine,
): void {
  const ex = explorer(flow, machine);
  const steps: Step[] = [];
  const onStack = new Set<string>();
  const walk = (snapshot: WizardSnapshot): boolean => {
    const node = currentNode(snapshot);
    if (visit(steps, node) === false) return false;
    const q = flow.questions[node];
    if (!q || onStack.has(node)) return true;
    onStack.add(node);
    for (const o of q.options) {
      const next = ex.answer(snapshot, o.id);
      if (!next) continue;
      steps.push(next.step);
      const go = walk(next.snapshot);
      steps.pop();
      if (!go) return false;
    }
    onStack.delete(node);
    return true;
  };
  walk(ex.start());
}
