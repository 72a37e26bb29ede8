// A question without `otherwise`: every option needs a rule that can route it. The check judges each rule
// with the option as the question's own answer, whatever operator the rule uses, so a valid flow routed by
// oneOf / anyOf / allOf / not on the question's own answer is not reported (it was: the check understood only
// `is`). Proven dead ends are errors; options that depend on earlier answers are warnings.
import { describe, expect, it } from 'vitest';
import { checkFlow } from '../../../src/flow/validate';
import { formatProblem } from '../../../src/flow/problems';
import { edited } from './fixture';

const today = new Date('2026-11-23T12:00:00Z');

/**
 * The base fixture's question "rol" (options gemeente and familie; familie has `to: lse-familie`) with its
 * `otherwise: zorg` replaced by one rule to zorg under this condition.
 */
function rolRoutedBy(when: string) {
  const r = checkFlow(
    edited('triage.yaml', ['    otherwise: zorg\n', `    next:\n      - when: ${when}\n        to: zorg\n`]),
    { today },
  );
  return { errors: r.errors.map(formatProblem), warnings: r.warnings.map(formatProblem) };
}
const STRANDED =
  'triage.yaml:17:5 question "rol" has no "otherwise", so option "gemeente" may lead nowhere: add "to" on the option or an "otherwise"';
const UNSURE =
  'triage.yaml:17:5 warning: question "rol" has no "otherwise", so option "gemeente" leads on only when a rule on other answers holds: make sure one always does, or add an "otherwise"';

describe("every option routed by a rule on the question's own answer: valid, whatever the operator", () => {
  it.each([
    ['is', '{ answer: rol, is: gemeente }'],
    ['oneOf', '{ answer: rol, oneOf: [gemeente, familie] }'],
    ['not', '{ not: { answer: rol, is: familie } }'],
    ['allOf', '{ allOf: [{ answer: rol, is: gemeente }, { not: { answer: rol, is: familie } }] }'],
    ['anyOf', '{ anyOf: [{ answer: rol, is: gemeente }, { answer: urgentie, is: direct-gevaar }] }'],
    ['nested', '{ not: { anyOf: [{ answer: rol, oneOf: [familie] }, { allOf: [{ answer: rol, is: familie }] }] } }'],
  ])('%s', (_op, when) => {
    expect(rolRoutedBy(when)).toEqual({ errors: [], warnings: [] });
  });
});

describe('an option no rule can ever route is an error', () => {
  it.each([
    ['is on another option', '{ answer: rol, is: familie }'],
    ['oneOf without it', '{ answer: rol, oneOf: [familie] }'],
    ['not of itself', '{ not: { answer: rol, is: gemeente } }'],
    [
      'allOf with a part that excludes it',
      '{ allOf: [{ answer: urgentie, is: niet-dringend }, { answer: rol, is: familie }] }',
    ],
    [
      'anyOf with no part that can hold',
      '{ anyOf: [{ answer: rol, is: familie }, { not: { answer: rol, oneOf: [gemeente] } }] }',
    ],
  ])('%s', (_name, when) => {
    expect(rolRoutedBy(when).errors).toEqual([STRANDED]);
  });
});

describe('an option routed only when an earlier answer agrees is a warning, not an error', () => {
  it.each([
    ['is on an earlier question', '{ answer: urgentie, is: niet-dringend }'],
    [
      'allOf with an earlier answer',
      '{ allOf: [{ answer: rol, is: gemeente }, { answer: urgentie, is: niet-dringend }] }',
    ],
    ['not of an earlier answer', '{ not: { answer: urgentie, is: direct-gevaar } }'],
  ])('%s', (_name, when) => {
    expect(rolRoutedBy(when)).toEqual({ errors: [], warnings: [UNSURE] });
  });
  it('but an earlier-answer part that cannot fail (anyOf of both its options) counts as a way out', () => {
    expect(
      rolRoutedBy('{ anyOf: [{ answer: urgentie, is: direct-gevaar }, { answer: urgentie, is: niet-dringend }] }'),
    ).toEqual({ errors: [], warnings: [] });
  });
});
