// @vitest-environment jsdom
// The prerendered page the browser takes over without the engine: its answers and where they lead must be
// what the machine says for its URL, and anything else in the page (no node, another path) is not trusted.
import { describe, expect, it } from 'vitest';
import { firstPageOf } from '../../../src/app/first-page';
import { allPages, wizardUrl } from '../../../src/app/flow';
import { loadFlowDir, REAL_FLOW_DIR } from '../../fixtures/wizard/harness';

const { flow, runtime } = loadFlowDir(REAL_FLOW_DIR);
const engine = runtime.engine!;

function root(path: string, node: string | undefined): HTMLElement {
  const el = document.createElement('div');
  el.dataset.path = path;
  if (node !== undefined) el.dataset.node = node;
  return el;
}

describe('firstPageOf', () => {
  it('gives, for every page of the flow, what the machine gives for its answers', () => {
    for (const page of allPages(flow)) {
      const path = wizardUrl('nl', page.options);
      const restored = engine.restore(page.options);
      if (!restored.ok) throw new Error(`${path} does not restore`);
      expect(firstPageOf(root(path, restored.node), path, flow), path).toEqual({
        options: page.options,
        restored,
      });
    }
  });
  it("takes a result page's own data module from the root, and only a result page's", () => {
    const result = allPages(flow).find((p) => p.kind === 'result')!;
    const question = allPages(flow).find((p) => p.kind === 'question' && p.options.length > 0)!;
    for (const [page, expected] of [
      [result, '/assets/results/nl-x.js'],
      [question, undefined],
    ] as const) {
      const path = wizardUrl('nl', page.options);
      const el = root(path, page.node);
      el.dataset.resultData = '/assets/results/nl-x.js';
      expect(firstPageOf(el, path, flow)?.dataUrl, path).toBe(expected);
    }
  });
  it('trusts nothing else: no node, another path, an unknown node or answer', () => {
    const page = allPages(flow).find((p) => p.options.length === 2)!;
    const path = wizardUrl('nl', page.options);
    const node = engine.restore(page.options);
    if (!node.ok) throw new Error('no page');
    expect(firstPageOf(root(path, undefined), path, flow)).toBeUndefined();
    expect(firstPageOf(root(path, node.node), wizardUrl('nl', page.options.slice(0, 1)), flow)).toBeUndefined();
    expect(firstPageOf(root(path, 'no-such-node'), path, flow)).toBeUndefined();
    const bad = wizardUrl('nl', [page.options[0]!, 'no-such-answer']);
    expect(firstPageOf(root(bad, node.node), bad, flow)).toBeUndefined();
  });
});
