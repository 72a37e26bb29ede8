// docs/routes.md is generated from the flow; it must never drift from it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkFlow } from '../../src/flow/validate';
import { readFlowDir } from '../../src/flow/read-dir';
import { routesMarkdown } from '../../src/flow/routes-doc';
import { allPaths } from '../../src/flow/paths';

describe('docs/routes.md', () => {
  const flow = checkFlow(readFlowDir('flows')).flow!;
  it('is up to date with flows/ (run `npm run routes-doc`)', () => {
    expect(readFileSync('docs/routes.md', 'utf8')).toBe(routesMarkdown(flow));
  });
  it('has a Mermaid chart and one table row per path', () => {
    const md = routesMarkdown(flow);
    expect(md).toContain('```mermaid\nflowchart TD');
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(allPaths(flow).length);
  });
});
