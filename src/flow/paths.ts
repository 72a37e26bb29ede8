// Every path from the start to a result, found by stepping the compiled machine (explore.ts): the paths
// are what the browser's machine does, by construction. Linear in the number of steps.
import { walkMachine } from './explore.ts';
import type { WizardMachine } from './compile.ts';
import type { RoutingFlow } from './model.ts';

export interface FlowPath {
  answers: [question: string, option: string][];
  result: string;
  primary: string;
}

/** Calls `visit` for every path; stops early when it returns false. Never materialises the whole list. */
export function walkPaths(flow: RoutingFlow, visit: (path: FlowPath) => boolean | void, machine?: WizardMachine): void {
  walkMachine(
    flow,
    (steps, node) => {
      const result = flow.results[node];
      if (!result) return true;
      return (
        visit({ answers: steps.map((s) => [s.question, s.option]), result: node, primary: result.primary }) !== false
      );
    },
    machine,
  );
}

export function allPaths(flow: RoutingFlow): FlowPath[] {
  const out: FlowPath[] = [];
  walkPaths(flow, (p) => {
    out.push(p);
  });
  return out;
}

/**
 * Every distinct page a person can be on: each question the machine rests on (after each list of answers)
 * and each result, as lists of option ids. The prerenderer writes one HTML file for each.
 */
export function allPages(flow: RoutingFlow): { options: string[]; node: string; kind: 'question' | 'result' }[] {
  const pages: { options: string[]; node: string; kind: 'question' | 'result' }[] = [];
  walkMachine(flow, (steps, node) => {
    const kind = node in flow.results ? 'result' : 'question';
    pages.push({ options: steps.map((s) => s.option), node, kind });
  });
  return pages;
}
