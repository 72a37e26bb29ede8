// Every path through flows/ is replayed through the compiled machine and checked against
// tests/routing.csv: the expected routing written by hand from the content rules (the content brief's
// "Routing guidance", kept outside this repository), not generated from the flow. A path the table does not list, or a row that is no
// longer a path, fails with its URL so a reviewer can decide which side is wrong.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFlowDir } from '../../src/flow/read-dir';
import { allPaths, checkFlow, compileFlow, restore } from '../../src/flow/index';
import { readCsv } from '../../src/cli/read-csv';

interface Row {
  answers: string;
  description: string;
  result: string;
  primary: string;
  /** The other contacts, in order, separated by spaces. */
  others: string;
  /** The primary's fallback chain when it is closed (`whenClosed`, then its `whenClosed`, …), joined by ">". */
  whenClosed: string;
  line: number;
}

function readTable(): Row[] {
  const columns = ['answers', 'description', 'result', 'primary', 'others', 'whenClosed'] as const;
  return readCsv(join(process.cwd(), 'tests/routing.csv'), columns).map((r) => ({
    answers: r.answers.trim(),
    description: r.description,
    result: r.result.trim(),
    primary: r.primary.trim(),
    others: r.others.trim(),
    whenClosed: r.whenClosed.trim(),
    line: r.line,
  }));
}

/** The primary's fallbacks when closed, followed to the end: "lse>politie". */
function fallbackChain(contactId: string): string {
  const chain: string[] = [];
  let c = flow.contacts[contactId];
  while (c?.whenClosed && !chain.includes(c.whenClosed)) {
    chain.push(c.whenClosed);
    c = flow.contacts[c.whenClosed];
  }
  return chain.join('>');
}

const checked = checkFlow(readFlowDir(join(process.cwd(), 'flows')));
const flow = checked.flow!;
const rows = readTable();

describe('the expected-routing table (tests/routing.csv)', () => {
  it('belongs to a valid flow', () => {
    expect(checked.errors).toEqual([]);
    expect(flow).toBeDefined();
  });

  it('lists each path once', () => {
    const seen = new Map<string, number>();
    const duplicates: string[] = [];
    for (const r of rows) {
      if (seen.has(r.answers)) duplicates.push(`${r.answers} (lines ${seen.get(r.answers)} and ${r.line})`);
      else seen.set(r.answers, r.line);
    }
    expect(duplicates, 'rows listed twice').toEqual([]);
  });

  it('covers every path of the flow, and every row is a real path', () => {
    const actual = new Set(allPaths(flow).map((p) => p.answers.map(([, o]) => o).join('/')));
    const expected = new Set(rows.map((r) => r.answers));
    const missing = [...actual].filter((a) => !expected.has(a)).map((a) => `/nl/wegwijzer/${a}`);
    const extra = [...expected].filter((a) => !actual.has(a)).map((a) => `/nl/wegwijzer/${a}`);
    expect(missing, `paths in flows/ without a row in tests/routing.csv:\n${missing.join('\n')}`).toEqual([]);
    expect(extra, `rows in tests/routing.csv that are not a path in flows/:\n${extra.join('\n')}`).toEqual([]);
  });

  const machine = compileFlow(flow);
  describe.each(rows)('/nl/wegwijzer/$answers', (row) => {
    it(`ends on ${row.result} with primary ${row.primary} (${row.description})`, () => {
      const restored = restore(machine, flow, row.answers.split('/'));
      expect(restored.ok, JSON.stringify(restored)).toBe(true);
      if (!restored.ok) return;
      expect(restored.kind).toBe('result');
      expect(restored.node).toBe(row.result);
      const result = flow.results[restored.node]!;
      expect(result.primary).toBe(row.primary);
      expect(result.others.join(' '), 'the other contacts, in order').toBe(row.others);
      expect(fallbackChain(result.primary), 'the fallback chain when the primary is closed').toBe(row.whenClosed);
    });
  });
});
