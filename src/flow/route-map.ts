// The route map as data: the compiled machine stepped from the start through every answer (explore.ts), so
// every option has the one target it really has given the answers before it, as a tree of questions,
// options and results, each with the wizard URL of that place. When a rule on an earlier answer decided
// the target (the machine records which rule did), the option carries that rule's condition, so the page
// can say why in words.
import { explorer } from './explore.ts';
import type { WizardSnapshot } from './compile.ts';
import type { Condition } from './schema.ts';
import { wizardUrl } from './url.ts';
import type { Language } from './languages.ts';

export interface RouteMapFlow {
  start: string;
  questions: Record<
    string,
    {
      id: string;
      text: string;
      options: { id: string; label: string }[];
      rules: { when: Condition; to: string }[];
      otherwise?: string;
    }
  >;
  results: Record<string, { id: string; title: string; primary: string; urgent: boolean }>;
}

export type MapNode =
  | { kind: 'question'; id: string; text: string; step: number; href: string; options: MapOption[] }
  | { kind: 'result'; id: string; title: string; primary: string; urgent: boolean; href: string };

export interface MapOption {
  id: string;
  label: string;
  /** The condition on earlier answers that decided where this option leads, if one did. */
  because?: Condition;
  next: MapNode;
}

/** The whole flow as a tree from the start question. Cycles and unknown nodes (the validator's job) end a branch. */
export function routeMap(flow: RouteMapFlow, lang: Language): MapNode | undefined {
  const ex = explorer(flow);
  const onStack = new Set<string>();
  const build = (snapshot: WizardSnapshot, node: string, options: string[]): MapNode | undefined => {
    const href = wizardUrl(lang, options);
    const r = flow.results[node];
    if (r) return { kind: 'result', id: r.id, title: r.title, primary: r.primary, urgent: r.urgent, href };
    const q = flow.questions[node];
    if (!q || onStack.has(node)) return undefined;
    onStack.add(node);
    const out: MapOption[] = [];
    for (const o of q.options) {
      const answered = ex.answer(snapshot, o.id);
      if (!answered) continue;
      const { to, rule: index } = answered.step;
      const rule = q.rules[index];
      const next = build(answered.snapshot, to, [...options, o.id]);
      if (next)
        out.push({
          id: o.id,
          label: o.label,
          because: rule && !onlyAbout(rule.when, q.id) ? earlierPart(rule.when, q.id) : undefined,
          next,
        });
    }
    onStack.delete(node);
    return { kind: 'question', id: q.id, text: q.text, step: options.length + 1, href, options: out };
  };
  return build(ex.start(), flow.start, []);
}

/** Whether a condition looks only at this question's own answer (then the option itself decides). */
function onlyAbout(cond: Condition, question: string): boolean {
  if ('is' in cond || 'oneOf' in cond) return cond.answer === question;
  if ('allOf' in cond) return cond.allOf.every((c) => onlyAbout(c, question));
  if ('anyOf' in cond) return cond.anyOf.every((c) => onlyAbout(c, question));
  return onlyAbout(cond.not, question);
}

/** The part of a condition about earlier answers: "this answer and an earlier one" says only the earlier one. */
function earlierPart(cond: Condition, question: string): Condition {
  if (!('allOf' in cond)) return cond;
  const rest = cond.allOf.filter((c) => !onlyAbout(c, question));
  return rest.length === 1 ? rest[0]! : { allOf: rest };
}

/** Every node of the tree, depth first. */
export function* mapNodes(node: MapNode): Generator<MapNode> {
  yield node;
  if (node.kind === 'question') for (const o of node.options) yield* mapNodes(o.next);
}
