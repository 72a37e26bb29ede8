// The condition interpreter (src/flow/conditions.ts), operator by operator, with every expectation worked
// out by hand from the README's meaning of each operator. The machine's guards call `holds`, so a bug here
// is a routing bug everywhere: comparing the machine with anything else that calls `holds` cannot find it.
//
// Which test guards which operator. Each mutation was planted in a copy of conditions.ts, one at a time;
// the tests named failed (besides the fixture flow's, operators.test.ts, and the validator's,
// validate-way-out.test.ts, which use the same operators):
//   is    (=== → !==)                        every "is: …" row, and nearly every other row
//   oneOf (&& → ||: any given answer holds)  "oneOf: an answer outside the list does not hold",
//                                            "not: of oneOf, …", "nested: oneOf inside not inside anyOf"
//   allOf (every → some)                     "allOf: one false part makes it false", "nested: not of allOf …",
//                                            "nested: anyOf of two false allOfs"
//   anyOf (some → every)                     "anyOf: one true part is enough", "nested: not of anyOf …",
//                                            "nested: allOf of anyOf and not", "nested: oneOf inside not …"
//   not   (negation dropped)                 every "not: …" row and the nested rows that contain a not
import { describe, expect, it } from 'vitest';
import { holds, mentions, type AnswerMap } from '../../../src/flow/conditions';
import type { Condition } from '../../../src/flow/schema';

const answers: AnswerMap = { rol: 'gemeente', zorg: 'spanningen' };

// [name, condition, expected over `answers` above]
const cases: [string, Condition, boolean][] = [
  ['is: the given answer holds', { answer: 'rol', is: 'gemeente' }, true],
  ['is: another option of the question does not hold', { answer: 'rol', is: 'familie' }, false],
  ['is: an unanswered question does not hold', { answer: 'urgentie', is: 'direct-gevaar' }, false],

  ['oneOf: the given answer in the list holds', { answer: 'rol', oneOf: ['familie', 'gemeente'] }, true],
  ['oneOf: a one-item list is like is', { answer: 'rol', oneOf: ['gemeente'] }, true],
  ['oneOf: an answer outside the list does not hold', { answer: 'rol', oneOf: ['familie', 'school'] }, false],
  [
    'oneOf: an unanswered question does not hold',
    { answer: 'urgentie', oneOf: ['direct-gevaar', 'niet-dringend'] },
    false,
  ],

  [
    'allOf: every part true makes it true',
    {
      allOf: [
        { answer: 'rol', is: 'gemeente' },
        { answer: 'zorg', is: 'spanningen' },
      ],
    },
    true,
  ],
  [
    'allOf: one false part makes it false',
    {
      allOf: [
        { answer: 'rol', is: 'gemeente' },
        { answer: 'zorg', is: 'radicalisering' },
      ],
    },
    false,
  ],
  [
    'allOf: every part false makes it false',
    {
      allOf: [
        { answer: 'rol', is: 'familie' },
        { answer: 'zorg', is: 'radicalisering' },
      ],
    },
    false,
  ],
  ['allOf: a single true part', { allOf: [{ answer: 'rol', is: 'gemeente' }] }, true],

  [
    'anyOf: one true part is enough',
    {
      anyOf: [
        { answer: 'rol', is: 'familie' },
        { answer: 'zorg', is: 'spanningen' },
      ],
    },
    true,
  ],
  [
    'anyOf: every part true',
    {
      anyOf: [
        { answer: 'rol', is: 'gemeente' },
        { answer: 'zorg', is: 'spanningen' },
      ],
    },
    true,
  ],
  [
    'anyOf: every part false makes it false',
    {
      anyOf: [
        { answer: 'rol', is: 'familie' },
        { answer: 'zorg', is: 'radicalisering' },
      ],
    },
    false,
  ],
  ['anyOf: a single false part', { anyOf: [{ answer: 'rol', is: 'familie' }] }, false],

  ['not: negates a true condition', { not: { answer: 'rol', is: 'gemeente' } }, false],
  ['not: negates a false condition', { not: { answer: 'rol', is: 'familie' } }, true],
  ['not: an unanswered question is "not that option"', { not: { answer: 'urgentie', is: 'direct-gevaar' } }, true],
  ['not: of oneOf, an answer outside the list', { not: { answer: 'rol', oneOf: ['familie', 'school'] } }, true],

  [
    'nested: not of anyOf with one true part is false',
    {
      not: {
        anyOf: [
          { answer: 'rol', is: 'familie' },
          { answer: 'zorg', is: 'spanningen' },
        ],
      },
    },
    false,
  ],
  [
    'nested: not of allOf with one false part is true',
    {
      not: {
        allOf: [
          { answer: 'rol', is: 'gemeente' },
          { answer: 'zorg', is: 'radicalisering' },
        ],
      },
    },
    true,
  ],
  ['nested: double not is the condition itself', { not: { not: { answer: 'rol', is: 'gemeente' } } }, true],
  [
    'nested: allOf of anyOf and not',
    {
      allOf: [
        {
          anyOf: [
            { answer: 'rol', is: 'familie' },
            { answer: 'rol', oneOf: ['gemeente'] },
          ],
        },
        { not: { answer: 'zorg', is: 'radicalisering' } },
      ],
    },
    true,
  ],
  [
    'nested: anyOf of two false allOfs',
    {
      anyOf: [
        {
          allOf: [
            { answer: 'rol', is: 'gemeente' },
            { answer: 'zorg', is: 'radicalisering' },
          ],
        },
        { allOf: [{ not: { answer: 'rol', is: 'gemeente' } }] },
      ],
    },
    false,
  ],
  [
    'nested: oneOf inside not inside anyOf',
    { anyOf: [{ answer: 'rol', is: 'familie' }, { not: { answer: 'zorg', oneOf: ['radicalisering'] } }] },
    true,
  ],
];

describe('holds: each operator over { rol: gemeente, zorg: spanningen }', () => {
  it.each(cases)('%s', (_name, cond, expected) => {
    expect(holds(cond, answers)).toBe(expected);
  });
});

describe('mentions: the (question, options) pairs a condition names, for the validator', () => {
  it('lists them through every operator, in order', () => {
    const cond: Condition = {
      anyOf: [
        { answer: 'rol', is: 'gemeente' },
        { not: { answer: 'zorg', oneOf: ['a', 'b'] } },
        { allOf: [{ answer: 'urgentie', is: 'c' }] },
      ],
    };
    expect(mentions(cond)).toEqual([
      { question: 'rol', options: ['gemeente'] },
      { question: 'zorg', options: ['a', 'b'] },
      { question: 'urgentie', options: ['c'] },
    ]);
  });
});
