// A flow too large for one Mermaid chart is drawn as one chart per answer to the start question. Each
// chart must hold exactly the results the paths through that answer reach: the charts are derived by
// stepping the machine (src/flow/explore.ts), and the paths are the same machine's, so this checks the
// splitting, not the routing (operators.test.ts checks that against hand-written paths).
import { describe, expect, it } from 'vitest';
import { checkFlow } from '../../../src/flow/validate';
import { synthesize } from '../../../src/flow/synthetic';
import { mermaidCharts } from '../../../src/flow/mermaid';
import { allPaths } from '../../../src/flow/paths';

describe('Mermaid charts of a large flow', () => {
  const flow = checkFlow(synthesize({ questions: 250, options: 3, seed: 7 })).flow!;
  const charts = mermaidCharts(flow);

  it('are split per answer to the start question, each under the size limit', () => {
    expect(charts.map((c) => c.title)).toEqual(flow.questions[flow.start]!.options.map((o) => o.label.nl));
    for (const c of charts) expect(c.mermaid.length).toBeLessThanOrEqual(40_000);
  });

  it('each hold the results of the paths through their answer, and no other', () => {
    flow.questions[flow.start]!.options.forEach((o, i) => {
      const drawn = new Set([...charts[i]!.mermaid.matchAll(/^ {2}(\S+)\["/gm)].map((m) => m[1]!));
      const reached = new Set(
        allPaths(flow)
          .filter((p) => p.answers[0]![1] === o.id)
          .map((p) => p.result.replace(/-/g, '_')),
      );
      expect([...drawn].sort()).toEqual([...reached].sort());
    });
  });
});
