// The fixture flow that routes with every condition operator (tests/fixtures/flow-operators/triage.yaml),
// against its paths written out by hand here — worked out from the YAML's rules, not produced by the engine.
// Checked against the compiled machine (restore replays each path) and against paths enumeration.
//
// Which hand-written path guards which operator (each mutation planted in a copy of conditions.ts, one at
// a time; "paths enumeration finds every path" and "the machine ends each hand-written path" failed for
// each, and for `not` also "is valid", since wat's `not` rule then routes nothing):
//   oneOf (&& → ||)        burger/spanning/nu → r-algemeen (with || it holds for burger: r-spoed)
//   anyOf (some → every)   school/spanning/later → r-lse, burger/radicaal/* → r-lse (one part true only)
//   not (negation dropped) burger/spanning/* → r-algemeen, gemeente/spanning/later → r-ess; and wat's
//                          `not: anders` rule, without which spanning and radicaal lead nowhere
//   allOf (every → some)   burger/*/nu → not r-spoed; gemeente/spanning/later → r-ess
//   is (=== → !==)         every path
// and in compile.ts, the machine's rules tried in reverse order: gemeente/radicaal/nu → r-lse, not r-spoed
// (both rules hold; the first must win). Each derived view below (route map, Mermaid, diff) failed too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFlow } from '../../../src/flow/validate';
import { compileFlow } from '../../../src/flow/compile';
import { restore } from '../../../src/flow/restore';
import { allPaths } from '../../../src/flow/paths';
import { walkMachine } from '../../../src/flow/explore';
import { mentions } from '../../../src/flow/conditions';
import { routeMap, type MapNode } from '../../../src/flow/route-map';
import { mermaidCharts } from '../../../src/flow/mermaid';
import { diffFlows } from '../../../src/flow/diff';
import { buildGraph, reachable } from '../../../src/flow/graph';
import type { Condition } from '../../../src/flow/schema';
import { base } from './fixture';

const sources = { ...base, 'triage.yaml': readFileSync('tests/fixtures/flow-operators/triage.yaml', 'utf8') };
const checked = checkFlow(sources, { today: new Date('2026-11-23T12:00:00Z') });

// By hand, in the order of the options (wie, then wat, then wanneer): answers → result (primary contact).
const EXPECTED = [
  'burger/spanning/nu → r-algemeen (lse)', // no rule holds: not a professional, no radicalisation, a resident
  'burger/spanning/later → r-algemeen (lse)',
  'burger/radicaal/nu → r-lse (lse)', // anyOf: radicaal alone
  'burger/radicaal/later → r-lse (lse)',
  'burger/anders → r-anders (ess)', // wat: is anders
  'gemeente/spanning/nu → r-spoed (alarmnummer-112)', // allOf: nu and gemeente in oneOf
  'gemeente/spanning/later → r-ess (ess)', // not: gemeente is not burger
  'gemeente/radicaal/nu → r-spoed (alarmnummer-112)', // the first rule wins over anyOf
  'gemeente/radicaal/later → r-lse (lse)',
  'gemeente/anders → r-anders (ess)',
  'school/spanning/nu → r-spoed (alarmnummer-112)',
  'school/spanning/later → r-lse (lse)', // anyOf: school alone
  'school/radicaal/nu → r-spoed (alarmnummer-112)',
  'school/radicaal/later → r-lse (lse)', // anyOf: both parts
  'school/anders → r-anders (ess)',
  'politie → r-politie (alarmnummer-112)', // wie: is politie, before the oneOf rule
];

describe('the operator fixture flow', () => {
  it('is valid without warnings: wie (oneOf) and wat (not) route every option on their own answer', () => {
    expect(checked.errors.map((e) => e.message)).toEqual([]);
    expect(checked.warnings.map((e) => e.message)).toEqual([]);
  });

  // Built inside the tests, so that a mutation that makes the validator reject the fixture fails them.
  const compiled = () => {
    if (!checked.flow) throw new Error(`the fixture is invalid: ${checked.errors.map((e) => e.message).join('; ')}`);
    return { flow: checked.flow, machine: compileFlow(checked.flow) };
  };

  it('the machine ends each hand-written path at its result', () => {
    const { flow, machine } = compiled();
    for (const line of EXPECTED) {
      const [answers, rest] = line.split(' → ') as [string, string];
      const result = rest.split(' ')[0]!;
      const restored = restore(machine, flow, answers.split('/'));
      expect(restored, line).toMatchObject({ ok: true, kind: 'result', node: result });
      expect(`${result} (${flow.results[result]!.primary})`, line).toBe(rest);
    }
  });

  it('paths enumeration finds every path, in order, and no other', () => {
    const { flow } = compiled();
    expect(allPaths(flow).map((p) => `${p.answers.map(([, o]) => o).join('/')} → ${p.result} (${p.primary})`)).toEqual(
      EXPECTED,
    );
  });

  it('the machine stops at each question of a hand-written path until it is answered', () => {
    const { flow, machine } = compiled();
    expect(restore(machine, flow, ['burger'])).toMatchObject({ ok: true, kind: 'question', node: 'wat' });
    expect(restore(machine, flow, ['school', 'spanning'])).toMatchObject({
      ok: true,
      kind: 'question',
      node: 'wanneer',
    });
  });
});

describe('what is derived from the machine agrees with the hand-written paths', () => {
  const compiledFlow = () => {
    if (!checked.flow) throw new Error('the fixture is invalid');
    return checked.flow;
  };
  it('the route map ends each branch at the result of its hand-written path, and says why', () => {
    const flow = compiledFlow();
    const root = routeMap({ ...flow, questions: flow.questions as never, results: flow.results as never }, 'nl')!;
    const leaves: string[] = [];
    const walk = (node: MapNode, answers: string[]) => {
      if (node.kind === 'result') leaves.push(`${answers.join('/')} → ${node.id} (${node.primary})`);
      else for (const o of node.options) walk(o.next, [...answers, o.id]);
    };
    walk(root, []);
    expect(leaves).toEqual(EXPECTED);
    type Question = Extract<MapNode, { kind: 'question' }>;
    const watAfterGemeente = (root as Question).options[1]!.next as Question;
    const wanneer = watAfterGemeente.options[0]!.next as Question; // after gemeente/spanning
    // gemeente/spanning/nu: the allOf rule decided; its part on an earlier answer is the reason shown.
    expect(wanneer.options.map((o) => [o.id, o.because])).toEqual([
      ['nu', { answer: 'wie', oneOf: ['gemeente', 'school'] }],
      ['later', { not: { answer: 'wie', is: 'burger' } }],
    ]);
  });

  it('the Mermaid chart draws only the edges some path takes, in rule order', () => {
    const mermaid = mermaidCharts(compiledFlow())[0]!.mermaid;
    const edges = mermaid.split('\n').filter((l) => l.startsWith('  wanneer -->'));
    expect(edges).toEqual([
      '  wanneer -->|"Nu"| r_spoed',
      '  wanneer -->|"Nu"| r_lse',
      '  wanneer -->|"Nu"| r_algemeen',
      '  wanneer -->|"Later"| r_lse',
      '  wanneer -->|"Later"| r_ess',
      '  wanneer -->|"Later"| r_algemeen',
    ]);
  });

  it("the validator's static reachability is what stepping the machine reaches", () => {
    for (const flow of [compiledFlow(), checkFlow(base, { today: new Date('2026-11-23T12:00:00Z') }).flow!]) {
      const stepped = new Set<string>();
      walkMachine(flow, (_steps, node) => void stepped.add(node));
      const g = buildGraph(flow);
      expect([...stepped].sort()).toEqual([...reachable([flow.start], g.succ)].sort());
    }
  });

  it("the validator's dominator check holds when stepping the machine: every rule's earlier questions are answered on every path", () => {
    const flow = compiledFlow();
    let checkedRules = 0;
    walkMachine(flow, (steps, node) => {
      const answered = new Set(steps.map((s) => s.question));
      for (const rule of flow.questions[node]?.rules ?? []) {
        for (const m of mentions(rule.when))
          if (m.question !== node) expect(answered, `${node}: ${m.question}`).toContain(m.question);
        checkedRules++;
      }
    });
    expect(checkedRules).toBeGreaterThan(0);
  });

  it('diff sees a planted change of one rule as the paths it moves', () => {
    const flow = compiledFlow();
    const after = structuredClone(flow);
    // The anyOf rule on wanneer becomes an allOf: only school/radicaal/later still meets both parts.
    const rule = after.questions['wanneer']!.rules[1]!;
    rule.when = { allOf: (rule.when as { anyOf: Condition[] }).anyOf };
    expect(
      diffFlows(flow, after).changed.map((c) => `${c.url.join('/')}: ${c.before!.result} → ${c.after!.result}`),
    ).toEqual([
      'burger/radicaal/nu: r-lse → r-algemeen',
      'burger/radicaal/later: r-lse → r-algemeen',
      'gemeente/radicaal/later: r-lse → r-ess',
      'school/spanning/later: r-lse → r-ess',
    ]);
  });
});
