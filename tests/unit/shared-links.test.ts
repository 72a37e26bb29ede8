// Links people saved or printed keep working. tests/fixtures/shared-links/ holds `npm run flows -- paths --json`
// of earlier versions of the flow (one file per version, named by its date). Every URL in them must still
// open a real page of the current flow — a question or a result — never "this page does not exist". When an
// option id leaves the flow, it must stay valid (keep the option, or route it to the page that now answers it).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFlowDir } from '../../src/flow/read-dir';
import { checkFlow, compileFlow, restore } from '../../src/flow/index';

const dir = join(process.cwd(), 'tests/fixtures/shared-links');
const flow = checkFlow(readFlowDir(join(process.cwd(), 'flows'))).flow!;
const machine = compileFlow(flow);

describe.each(readdirSync(dir).filter((f) => f.endsWith('.json')))('shared links of %s', (file) => {
  const paths: { answers: [string, string][]; url: string }[] = JSON.parse(readFileSync(join(dir, file), 'utf8'));

  it('holds at least one link (a sanity check on the fixture)', () => {
    expect(paths.length).toBeGreaterThan(0);
  });

  it('every URL still opens a question or a result', () => {
    const broken = paths
      .map((p) => ({
        url: p.url,
        restored: restore(
          machine,
          flow,
          p.answers.map(([, option]) => option),
        ),
      }))
      .filter((x) => !x.restored.ok)
      .map((x) => `${x.url}: ${x.restored.ok ? '' : x.restored.reason}`);
    expect(broken).toEqual([]);
  });
});
