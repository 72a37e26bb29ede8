// Evaluating a routing condition over the answers given so far. The one place routing logic lives: the
// machine's guards, the path walker and the validator all call these.
import type { Condition } from './schema.ts';
import type { RoutingFlow } from './model.ts';

/** Answers so far, question id → chosen option id. */
export type AnswerMap = Readonly<Record<string, string>>;

export function holds(cond: Condition, answers: AnswerMap): boolean {
  if ('is' in cond) return answers[cond.answer] === cond.is;
  if ('oneOf' in cond) {
    const given = answers[cond.answer];
    return given !== undefined && cond.oneOf.includes(given);
  }
  if ('allOf' in cond) return cond.allOf.every((c) => holds(c, answers));
  if ('anyOf' in cond) return cond.anyOf.some((c) => holds(c, answers));
  return !holds(cond.not, answers);
}

/** The node that follows a question once it is answered: the first rule that holds, else the fallback. */
export function nextNode(flow: RoutingFlow, questionId: string, answers: AnswerMap): string | undefined {
  const q = flow.questions[questionId];
  if (!q) return undefined;
  for (const rule of q.rules) if (holds(rule.when, answers)) return rule.to;
  return q.otherwise;
}

/** Every (question, option) pair a condition mentions, for reference and dominance checks. */
export function mentions(cond: Condition): { question: string; options: string[] }[] {
  if ('is' in cond) return [{ question: cond.answer, options: [cond.is] }];
  if ('oneOf' in cond) return [{ question: cond.answer, options: cond.oneOf }];
  if ('allOf' in cond) return cond.allOf.flatMap(mentions);
  if ('anyOf' in cond) return cond.anyOf.flatMap(mentions);
  return mentions(cond.not);
}
