// Evaluating a routing condition over the answers given so far: the one interpreter of conditions. The
// machine's guards (compile.ts) call `holds`; everything else that needs to know where an answer leads
// steps the machine (explore.ts). The validator's static checks use `mentions` and `outcomes`.
import type { Condition } from './schema.ts';

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

/**
 * Whether a condition can hold (`ever`) and whether it always holds (`always`) with `fixed` answers held
 * fixed (a question's own answer), over every combination of the options of the other questions it names.
 * Each combination is judged by `holds`, the one interpreter. Static, for the validator: the combinations
 * are those of the few questions one condition names, never paths. Past `limit` combinations it gives the
 * benefit of the doubt (both true), so the validator never reports what it has not proved.
 */
export function outcomes(
  cond: Condition,
  fixed: AnswerMap,
  optionsOf: (question: string) => readonly string[],
  limit = 4096,
): { ever: boolean; always: boolean } {
  const free = [...new Set(mentions(cond).map((m) => m.question))].filter((q) => !(q in fixed));
  // An unknown question (reported elsewhere) has no options: it is tried unanswered.
  const domains = free.map((q) => (optionsOf(q).length > 0 ? optionsOf(q) : [undefined]));
  if (domains.reduce((n, d) => n * d.length, 1) > limit) return { ever: true, always: true };
  const answers: Record<string, string> = { ...fixed };
  let ever = false;
  let always = true;
  const tryAll = (i: number): void => {
    if (i === free.length) {
      if (holds(cond, answers)) ever = true;
      else always = false;
      return;
    }
    for (const o of domains[i]!) {
      if (o === undefined) delete answers[free[i]!];
      else answers[free[i]!] = o;
      tryAll(i + 1);
      if (ever && !always) return;
    }
  };
  tryAll(0);
  return { ever, always };
}

/** Every (question, option) pair a condition mentions, for reference and dominance checks. */
export function mentions(cond: Condition): { question: string; options: string[] }[] {
  if ('is' in cond) return [{ question: cond.answer, options: [cond.is] }];
  if ('oneOf' in cond) return [{ question: cond.answer, options: cond.oneOf }];
  if ('allOf' in cond) return cond.allOf.flatMap(mentions);
  if ('anyOf' in cond) return cond.anyOf.flatMap(mentions);
  return mentions(cond.not);
}
