// Every path from the start to a result, by a depth-first walk over the flow data with the same rule
// evaluation the machine's guards use. Linear in the number of paths (each path costs its length).
import { nextNode } from './conditions.ts';
import type { RoutingFlow } from './model.ts';

export interface FlowPath {
  answers: [question: string, option: string][];
  result: string;
  primary: string;
}

/** Calls `visit` for every path; stops early when it returns false. Never materialises the whole list. */
export function walkPaths(flow: RoutingFlow, visit: (path: FlowPath) => boolean | void): void {
  const answers: Record<string, string> = {};
  const trail: [string, string][] = [];
  const onStack = new Set<string>();
  let stop = false;
  const walk = (node: string) => {
    if (stop) return;
    const result = flow.results[node];
    if (result) {
      if (visit({ answers: trail.map(([q, o]) => [q, o]), result: node, primary: result.primary }) === false) stop = true;
      return;
    }
    const q = flow.questions[node];
    if (!q || onStack.has(node)) return; // the validator reports unknown nodes and cycles
    onStack.add(node);
    for (const o of q.options) {
      answers[q.id] = o.id;
      trail.push([q.id, o.id]);
      const next = nextNode(flow, q.id, answers);
      if (next !== undefined) walk(next);
      trail.pop();
      if (stop) break;
    }
    delete answers[q.id];
    onStack.delete(node);
  };
  walk(flow.start);
}

export function allPaths(flow: RoutingFlow): FlowPath[] {
  const out: FlowPath[] = [];
  walkPaths(flow, (p) => {
    out.push(p);
  });
  return out;
}

/**
 * Every distinct page a person can be on: each prefix of each path (a question page) and each full path
 * (a result page), as lists of option ids. The prerenderer writes one HTML file for each.
 */
export function allPages(flow: RoutingFlow): { options: string[]; node: string; kind: 'question' | 'result' }[] {
  const seen = new Set<string>();
  const pages: { options: string[]; node: string; kind: 'question' | 'result' }[] = [];
  walkPaths(flow, (p) => {
    const options = p.answers.map(([, o]) => o);
    for (let i = 0; i <= options.length; i++) {
      const prefix = options.slice(0, i);
      const key = prefix.join('/');
      if (seen.has(key)) continue;
      seen.add(key);
      const kind = i === options.length ? 'result' : 'question';
      pages.push({ options: prefix, node: kind === 'result' ? p.result : p.answers[i]![0], kind });
    }
  });
  return pages;
}
