// Property-based tests (fast-check): random valid flows compile and every enumerated path replays to its
// result; random edits of the YAML never crash the validator; random URL segment lists either restore a
// page or are reported invalid, never throw.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkFlow } from '../../../src/flow/validate';
import { compileFlow } from '../../../src/flow/compile';
import { restore } from '../../../src/flow/restore';
import { allPaths } from '../../../src/flow/paths';
import { synthesize } from '../../../src/flow/synthetic';
import { FLOW_FILES, type FlowFileName } from '../../../src/flow/schema';
import { base } from './fixture';

const files = Object.keys(FLOW_FILES) as FlowFileName[];

// Generous timeouts: these run hundreds of cases, and CI shares two cores with other stages.
describe('random valid flows', { timeout: 60_000 }, () => {
  it('validate, compile, and every enumerated path replays to its result', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (questions, options, seed) => {
          const checked = checkFlow(synthesize({ questions, options, seed }));
          expect(checked.errors).toEqual([]);
          const flow = checked.flow!;
          const machine = compileFlow(flow);
          const paths = allPaths(flow);
          expect(paths.length).toBeGreaterThan(0);
          for (const p of paths) {
            const r = restore(
              machine,
              flow,
              p.answers.map(([, o]) => o),
            );
            expect(r).toMatchObject({ ok: true, kind: 'result', node: p.result });
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('random edits of the YAML', { timeout: 60_000 }, () => {
  const edit = fc.record({
    file: fc.constantFrom(...files),
    at: fc.nat(),
    remove: fc.nat({ max: 40 }),
    insert: fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        '\n',
        ': ',
        '- ',
        '{',
        '}',
        '[',
        ']',
        '"',
        "'",
        '  ',
        '\t',
        '&a',
        '*a',
        '!!',
        'id: x\n',
        'to: rol\n',
      ),
    ),
  });
  it('never crash the validator: each gives a flow or located errors', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const sources = { ...base };
        for (const e of edits) {
          const text = sources[e.file]!;
          const at = e.at % (text.length + 1);
          sources[e.file] = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        }
        const checked = checkFlow(sources);
        if (!checked.flow) {
          expect(checked.errors.length).toBeGreaterThan(0);
          for (const err of checked.errors) {
            expect(err.line).toBeGreaterThanOrEqual(1);
            expect(err.col).toBeGreaterThanOrEqual(1);
            expect(err.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('random URL segment lists', { timeout: 60_000 }, () => {
  const checked = checkFlow(base);
  const flow = checked.flow!;
  const machine = compileFlow(flow);
  const known = Object.values(flow.questions).flatMap((q) => q.options.map((o) => o.id));
  it('restore a page or are reported invalid, never throw', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 12 })), { maxLength: 8 }),
        (segments) => {
          const r = restore(machine, flow, segments);
          if (r.ok) {
            expect(r.trail.map((t) => t.option)).toEqual(segments);
            expect(r.node in flow.questions || r.node in flow.results).toBe(true);
          } else {
            expect(r.at).toBeGreaterThanOrEqual(0);
            expect(r.at).toBeLessThan(Math.max(1, segments.length));
            expect(r.reason).not.toBe('');
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
