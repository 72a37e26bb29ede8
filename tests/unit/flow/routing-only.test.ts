// `flows diff-git` compares against an older flow that today's checker may reject after a schema change; its
// routing is then read from triage.yaml alone. That reading must give exactly the paths the full loader gives.
import { describe, expect, it } from 'vitest';
import { allPaths } from '../../../src/flow/paths';
import { checkFlow } from '../../../src/flow/validate';
import { routingOnly } from '../../../src/flow/routing-only';
import { base } from './fixture';
import { readFileSync } from 'node:fs';

const ends = (flow: Parameters<typeof allPaths>[0]) =>
  allPaths(flow).map((p) => `${p.answers.map(([, o]) => o).join('/')} → ${p.result} (${p.primary})`);

describe('routing read from triage.yaml alone', () => {
  it.each([
    ['the base fixture', base['triage.yaml']!],
    [
      'the operator fixture (every condition operator)',
      readFileSync('tests/fixtures/flow-operators/triage.yaml', 'utf8'),
    ],
  ])('gives the same paths as the full loader for %s', (_, triage) => {
    const full = checkFlow({ ...base, 'triage.yaml': triage }).flow!;
    expect(full).toBeDefined();
    expect(ends(routingOnly(triage)!)).toEqual(ends(full));
  });

  it('reads a flow the checker now rejects (a result without a field added later)', () => {
    const old = base['triage.yaml']!.replace(/\n {4}needs: \w+/g, '');
    expect(checkFlow({ ...base, 'triage.yaml': old }).flow).toBeUndefined();
    expect(ends(routingOnly(old)!)).toEqual(ends(checkFlow(base).flow!));
  });

  it('gives nothing for text that is not a flow', () => {
    expect(routingOnly('start: [')).toBeUndefined();
    expect(routingOnly('just: text')).toBeUndefined();
  });
});
