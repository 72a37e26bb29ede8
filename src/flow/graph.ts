// The flow as a directed graph over its nodes (questions and results), and the structural facts the
// validator needs: reachability, cycles, and dominators. Everything here is linear or near-linear in the
// size of the flow; nothing enumerates paths.
import type { RoutingFlow } from './model.ts';

export interface FlowGraph {
  nodes: string[];
  succ: Map<string, string[]>;
  pred: Map<string, string[]>;
}

export function buildGraph(flow: RoutingFlow): FlowGraph {
  const nodes = [...Object.keys(flow.questions), ...Object.keys(flow.results)];
  const known = new Set(nodes);
  const succ = new Map<string, string[]>(nodes.map((n) => [n, []]));
  const pred = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const q of Object.values(flow.questions)) {
    const targets = new Set(q.rules.map((r) => r.to));
    if (q.otherwise) targets.add(q.otherwise);
    for (const t of targets) {
      if (!known.has(t)) continue; // reported as an unknown reference elsewhere
      succ.get(q.id)!.push(t);
      pred.get(t)!.push(q.id);
    }
  }
  return { nodes, succ, pred };
}

/** Nodes reachable from `roots` following `edges`. */
export function reachable(roots: string[], edges: Map<string, string[]>): Set<string> {
  const seen = new Set<string>(roots);
  const stack = [...roots];
  while (stack.length > 0) {
    const n = stack.pop()!;
    for (const m of edges.get(n) ?? []) {
      if (!seen.has(m)) {
        seen.add(m);
        stack.push(m);
      }
    }
  }
  return seen;
}

/**
 * Depth-first from `start`: the reverse postorder (a topological order when acyclic) and the edges that
 * close a cycle (from → to, where `to` is still on the stack).
 */
export function depthFirst(
  start: string,
  succ: Map<string, string[]>,
): { order: string[]; backEdges: [string, string][] } {
  const state = new Map<string, 1 | 2>(); // 1 on stack, 2 done
  const post: string[] = [];
  const backEdges: [string, string][] = [];
  const stack: { node: string; i: number }[] = [{ node: start, i: 0 }];
  state.set(start, 1);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const next = succ.get(top.node) ?? [];
    if (top.i < next.length) {
      const m = next[top.i++]!;
      const s = state.get(m);
      if (s === undefined) {
        state.set(m, 1);
        stack.push({ node: m, i: 0 });
      } else if (s === 1) backEdges.push([top.node, m]);
    } else {
      state.set(top.node, 2);
      post.push(top.node);
      stack.pop();
    }
  }
  return { order: post.reverse(), backEdges };
}

/**
 * Immediate dominators of an acyclic graph given in topological order from its single root (Cooper, Harvey
 * and Kennedy's "A Simple, Fast Dominance Algorithm": on a DAG one pass in that order suffices).
 * Returns a query "does a dominate b?" answered in constant time through the dominator tree's
 * pre/post numbering.
 */
export function dominators(order: string[], pred: Map<string, string[]>): (a: string, b: string) => boolean {
  const index = new Map(order.map((n, i) => [n, i]));
  const idom = new Map<string, string>();
  const root = order[0];
  if (root === undefined) return () => false;
  idom.set(root, root);
  const intersect = (x: string, y: string) => {
    let a = x;
    let b = y;
    while (a !== b) {
      while (index.get(a)! > index.get(b)!) a = idom.get(a)!;
      while (index.get(b)! > index.get(a)!) b = idom.get(b)!;
    }
    return a;
  };
  for (const n of order.slice(1)) {
    let d: string | undefined;
    for (const p of pred.get(n) ?? []) {
      if (!idom.has(p)) continue; // unreachable predecessor
      d = d === undefined ? p : intersect(p, d);
    }
    if (d !== undefined) idom.set(n, d);
  }
  // Number the dominator tree so dominance is an interval test.
  const children = new Map<string, string[]>();
  for (const [n, d] of idom) if (n !== d) (children.get(d) ?? children.set(d, []).get(d)!).push(n);
  const pre = new Map<string, number>();
  const post = new Map<string, number>();
  let clock = 0;
  const stack: { node: string; i: number }[] = [{ node: root, i: 0 }];
  pre.set(root, clock++);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const kids = children.get(top.node) ?? [];
    if (top.i < kids.length) {
      const k = kids[top.i++]!;
      pre.set(k, clock++);
      stack.push({ node: k, i: 0 });
    } else {
      post.set(top.node, clock++);
      stack.pop();
    }
  }
  return (a, b) => {
    const pa = pre.get(a);
    const pb = pre.get(b);
    if (pa === undefined || pb === undefined) return false;
    return pa <= pb && post.get(b)! <= post.get(a)!;
  };
}
