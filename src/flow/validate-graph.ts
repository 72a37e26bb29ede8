// Checks on the graph of questions and results: every node reached from the start, a result reachable from
// every question, no cycles, and conditions only on questions answered on every path to the rule.
// Structural only (reachability and dominators), so it stays fast on large flows.
import type { Loaded } from './load.ts';
import { buildGraph, depthFirst, dominators, reachable } from './graph.ts';
import { mentions } from './conditions.ts';
import type { Flow } from './model.ts';
import type { FlowFileName } from './schema.ts';
import type { At } from './validate-refs.ts';

const T: FlowFileName = 'triage.yaml';

/** Needs a start question (checkStart reports when there is none). */
export function checkGraph(flow: Flow, paths: Loaded['paths'], at: At): void {
  if (!(flow.start in flow.questions)) return;
  const g = buildGraph(flow);
  const nodePath = (id: string) => paths.questions[id] ?? paths.results[id]!;
  const fromStart = reachable([flow.start], g.succ);
  for (const n of g.nodes) {
    if (!fromStart.has(n))
      at(T, [...nodePath(n), 'id'], `"${n}" can never be reached from the start question "${flow.start}"`);
  }
  const reachesResult = reachable(Object.keys(flow.results), g.pred);
  for (const n of g.nodes) {
    if (fromStart.has(n) && !reachesResult.has(n))
      at(T, [...nodePath(n), 'id'], `no result can be reached from question "${n}"`);
  }
  const { order, backEdges } = depthFirst(flow.start, g.succ);
  for (const [from, to] of backEdges) {
    at(
      T,
      [...nodePath(from), 'id'],
      `cycle: question "${from}" leads back to "${to}", which was already asked on the way here`,
    );
  }
  // dominators() takes one pass in topological order, so it needs an acyclic graph; a cycle is an error above.
  if (backEdges.length === 0) checkConditionsAnswered(flow, paths, fromStart, dominators(order, g.pred), at);
}

/** A rule may ask about another question only when every path to its own question answers that one first. */
function checkConditionsAnswered(
  flow: Flow,
  paths: Loaded['paths'],
  fromStart: Set<string>,
  dominates: (a: string, b: string) => boolean,
  at: At,
): void {
  for (const q of Object.values(flow.questions)) {
    if (!fromStart.has(q.id)) continue;
    q.rules.forEach((rule, i) => {
      for (const m of mentions(rule.when)) {
        if (m.question === q.id || !(m.question in flow.questions)) continue;
        if (!dominates(m.question, q.id)) {
          at(
            T,
            [...paths.rules[q.id]![i]!, 'when'],
            `the condition on "${m.question}" is not safe here: ` +
              `some paths reach "${q.id}" without answering "${m.question}"`,
          );
        }
      }
    });
  }
}
