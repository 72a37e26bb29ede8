// A question's routing as written — each option's own `to`, then the `next` rules — turned into the one ordered
// list of rules the machine tries (compile.ts). The loader (load.ts) and the routing-only reader of older flows
// (routing-only.ts) both normalise through here, so the order can never differ between them.
import type { Condition, Rule } from './model.ts';

/** What normalising needs of a question as written in triage.yaml. */
export interface WrittenQuestion {
  id: string;
  options?: readonly { id: string; to?: string | undefined }[];
  next?: readonly { when: Condition; to: string }[];
}

/** A rule, and where in the question it was written (relative to the question: for file:line:col messages). */
export interface WrittenRule {
  rule: Rule;
  at: ['options', number, 'to'] | ['next', number];
}

/** The question's rules in the order they are tried: an option's `to` first, in option order, then `next`. */
export function questionRules(q: WrittenQuestion): WrittenRule[] {
  const rules: WrittenRule[] = [];
  (q.options ?? []).forEach((o, oi) => {
    if (o.to) rules.push({ rule: { when: { answer: q.id, is: o.id }, to: o.to }, at: ['options', oi, 'to'] });
  });
  (q.next ?? []).forEach((r, ri) => rules.push({ rule: { when: r.when, to: r.to }, at: ['next', ri] }));
  return rules;
}
