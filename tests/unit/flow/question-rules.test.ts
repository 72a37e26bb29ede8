// A question's rules as the machine tries them: each option's own `to` in option order, then `next`.
import { describe, expect, it } from 'vitest';
import { questionRules } from '../../../src/flow/question-rules';

describe('questionRules', () => {
  it("puts the options' own `to` first, in option order, then the `next` rules, each with where it was written", () => {
    const rules = questionRules({
      id: 'q',
      options: [{ id: 'a', to: 'ra' }, { id: 'b' }, { id: 'c', to: 'rc' }],
      next: [
        { when: { answer: 'p', is: 'x' }, to: 'rx' },
        { when: { answer: 'q', oneOf: ['b'] }, to: 'rb' },
      ],
    });
    expect(rules).toEqual([
      { rule: { when: { answer: 'q', is: 'a' }, to: 'ra' }, at: ['options', 0, 'to'] },
      { rule: { when: { answer: 'q', is: 'c' }, to: 'rc' }, at: ['options', 2, 'to'] },
      { rule: { when: { answer: 'p', is: 'x' }, to: 'rx' }, at: ['next', 0] },
      { rule: { when: { answer: 'q', oneOf: ['b'] }, to: 'rb' }, at: ['next', 1] },
    ]);
  });

  it('gives no rules for a question with neither', () => {
    expect(questionRules({ id: 'q' })).toEqual([]);
    expect(questionRules({ id: 'q', options: [{ id: 'a' }] })).toEqual([]);
  });
});
