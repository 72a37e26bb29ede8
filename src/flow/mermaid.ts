// The flow drawn as Mermaid flowcharts, derived from the data (never from code): each answer's edges are
// the nodes the compiled machine goes to with that answer on some path (explore.ts), so a rule on an
// earlier answer gives an answer more than one edge. Large flows are split into one chart per top-level
// branch (per option of the start question) so Mermaid's size limit is not hit.
import type { Flow } from './model.ts';
import { walkMachine } from './explore.ts';
import type { Language } from './languages.ts';

const LIMIT = 40_000; // characters; Mermaid refuses charts over about 50 000

export interface Chart {
  title: string;
  mermaid: string;
}

/** What stepping the machine finds: each answer's targets, and the nodes under each first answer. */
interface Stepped {
  /** "question option" → target → the index of the rule that chose it (-1: otherwise) */
  edges: Map<string, Map<string, number>>;
  /** first answer → every node reached after it */
  branches: Map<string, Set<string>>;
}

function stepAll(flow: Flow): Stepped {
  const edges = new Map<string, Map<string, number>>();
  const branches = new Map<string, Set<string>>();
  walkMachine(flow, (steps, node) => {
    const last = steps.at(-1);
    if (!last) return;
    const key = `${last.question} ${last.option}`;
    (edges.get(key) ?? edges.set(key, new Map()).get(key)!).set(last.to, last.rule);
    const first = steps[0]!.option;
    (branches.get(first) ?? branches.set(first, new Set()).get(first)!).add(node);
  });
  return { edges, branches };
}

export function mermaidCharts(flow: Flow, lang: Language = 'nl'): Chart[] {
  const stepped = stepAll(flow);
  const whole = chart(flow, lang, stepped, new Set([...Object.keys(flow.questions), ...Object.keys(flow.results)]));
  if (whole.length <= LIMIT) return [{ title: flow.questions[flow.start]?.text[lang] ?? flow.start, mermaid: whole }];
  const start = flow.questions[flow.start]!;
  return start.options.map((o) => {
    const nodes = new Set(stepped.branches.get(o.id) ?? []);
    nodes.add(start.id);
    return { title: o.label[lang], mermaid: chart(flow, lang, stepped, nodes, o.id) };
  });
}

function chart(flow: Flow, lang: Language, stepped: Stepped, nodes: Set<string>, onlyOption?: string): string {
  const lines = ['flowchart TD'];
  const id = (s: string) => s.replace(/-/g, '_');
  const label = (s: string) => `"${s.replace(/"/g, '#quot;')}"`;
  for (const q of Object.values(flow.questions)) {
    if (!nodes.has(q.id)) continue;
    lines.push(`  ${id(q.id)}{${label(q.text[lang])}}`);
    for (const o of q.options) {
      if (q.id === flow.start && onlyOption && o.id !== onlyOption) continue;
      // In the order the machine tries them: the rules in order, the fallback last.
      const targets = [...(stepped.edges.get(`${q.id} ${o.id}`) ?? new Map<string, number>())]
        .sort(([, a], [, b]) => (a < 0 ? Infinity : a) - (b < 0 ? Infinity : b))
        .map(([t]) => t);
      for (const t of targets) if (nodes.has(t)) lines.push(`  ${id(q.id)} -->|${label(o.label[lang])}| ${id(t)}`);
    }
  }
  for (const r of Object.values(flow.results)) {
    if (!nodes.has(r.id)) continue;
    const contact = flow.contacts[r.primary]?.name[lang] ?? r.primary;
    lines.push(`  ${id(r.id)}[${label(`${r.title[lang]} → ${contact}`)}]`);
  }
  return lines.join('\n');
}
