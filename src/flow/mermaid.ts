// The flow drawn as Mermaid flowcharts, derived from the data (never from code). Large flows are split into
// one chart per top-level branch (per option of the start question) so Mermaid's size limit is not hit.
import type { Flow } from './model.ts';
import { buildGraph, reachable } from './graph.ts';
import type { Language } from './languages.ts';

const LIMIT = 40_000; // characters; Mermaid refuses charts over about 50 000

export interface Chart {
  title: string;
  mermaid: string;
}

export function mermaidCharts(flow: Flow, lang: Language = 'nl'): Chart[] {
  const whole = chart(flow, lang, new Set([...Object.keys(flow.questions), ...Object.keys(flow.results)]));
  if (whole.length <= LIMIT) return [{ title: flow.questions[flow.start]?.text[lang] ?? flow.start, mermaid: whole }];
  const g = buildGraph(flow);
  const start = flow.questions[flow.start]!;
  const charts: Chart[] = [];
  for (const o of start.options) {
    const targets = new Set(start.rules.filter((r) => 'is' in r.when && r.when.is === o.id).map((r) => r.to));
    if (targets.size === 0 && start.otherwise) targets.add(start.otherwise);
    const nodes = reachable([...targets], g.succ);
    nodes.add(start.id);
    charts.push({ title: o.label[lang], mermaid: chart(flow, lang, nodes, o.id) });
  }
  return charts;
}

function chart(flow: Flow, lang: Language, nodes: Set<string>, onlyOption?: string): string {
  const lines = ['flowchart TD'];
  const id = (s: string) => s.replace(/-/g, '_');
  const label = (s: string) => `"${s.replace(/"/g, '#quot;')}"`;
  for (const q of Object.values(flow.questions)) {
    if (!nodes.has(q.id)) continue;
    lines.push(`  ${id(q.id)}{${label(q.text[lang])}}`);
    for (const o of q.options) {
      if (q.id === flow.start && onlyOption && o.id !== onlyOption) continue;
      // Rules are tried in order: one on this very option decides; one on earlier answers may or may not.
      const targets = new Set<string>();
      let decided = false;
      for (const r of q.rules) {
        const own = 'is' in r.when && r.when.answer === q.id;
        if (own && (r.when as { is: string }).is !== o.id) continue;
        targets.add(r.to);
        if (own) {
          decided = true;
          break;
        }
      }
      if (!decided && q.otherwise) targets.add(q.otherwise);
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
