// The flows CLI as an editor uses it, run as a real process on the fixture flow; and the generated JSON
// Schemas for editors, which must match the zod schema they come from.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonSchemas } from '../../../src/flow/json-schema';
import { basisCorpus } from '../../../src/cli/content-checks';

const FIXTURE = 'tests/fixtures/flow-base';
function flows(...args: string[]) {
  const r = spawnSync(process.execPath, ['node_modules/.bin/tsx', 'src/cli/flows.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run flows', () => {
  it('check: exit 0 and a summary on a valid flow', () => {
    const r = flows('check', FIXTURE);
    expect(r.code).toBe(0);
    expect(r.out).toContain('valid — 3 questions, 4 results, 3 contacts, 1 resources, 4 paths');
  });
  it('check: exit 1 and file:line:col errors on a broken flow', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flow-'));
    cpSync(FIXTURE, dir, { recursive: true });
    const triage = readFileSync(join(dir, 'triage.yaml'), 'utf8').replace(
      '    otherwise: zorg',
      '    otherwise: zorgen',
    );
    writeFileSync(join(dir, 'triage.yaml'), triage);
    const r = flows('check', dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/triage\.yaml:25:16 otherwise: "zorgen" is not a question or result in this flow/);
  });
  // Only where the seeds are beside the project (../shared), as the quotation tests: without them the check says
  // loudly that passages were not verified, and cannot fail on one.
  it.runIf(basisCorpus())(
    'check: exit 1 naming file and line when a basis passage is in no source (the real flow and seeds)',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'flow-'));
      cpSync('flows', dir, { recursive: true });
      const lines = readFileSync(join(dir, 'triage.yaml'), 'utf8').split('\n');
      // The first passage of the first result's basis, replaced by one no seed contains.
      const at = lines.findIndex((l) => /^\s+quote: /.test(l) && /seed:/.test(lines[lines.indexOf(l) - 1] ?? ''));
      expect(at).toBeGreaterThan(0);
      const source = lines[at - 1]!.match(/seed:\S+/)![0];
      lines[at] = lines[at]!.replace(/quote: .*/, 'quote: "De ESS brengt u in contact met andere gemeenten"');
      writeFileSync(join(dir, 'triage.yaml'), lines.join('\n'));
      const r = flows('check', dir);
      expect(r.code).toBe(1);
      const col = lines[at]!.indexOf('quote:') + 'quote: '.length + 1;
      expect(r.err).toContain(`triage.yaml:${at + 1}:${col} the passage is not in ${source} word for word`);
    },
  );
  it('claims: the review sheet with each sentence and the passages of its basis', () => {
    const r = flows('claims', 'flows');
    expect(r.code).toBe(0);
    expect(r.out).toContain('## result `bel-112`');
    expect(r.out).toMatch(/- why: U gaf aan dat er nu direct gevaar is\./);
    expect(r.out).toContain('**basis**');
  });
  it('paths --json: answers, result, primary contact and URL of every path', () => {
    const r = flows('paths', '--json', FIXTURE);
    expect(r.code).toBe(0);
    const paths = JSON.parse(r.out);
    expect(paths).toHaveLength(4);
    expect(paths[3]).toEqual({
      answers: [
        ['urgentie', 'niet-dringend'],
        ['rol', 'familie'],
      ],
      result: 'lse-familie',
      primary: 'lse',
      url: '/nl/wegwijzer/niet-dringend/familie/',
    });
  });
  it('graph --mermaid: a fenced Mermaid chart', () => {
    const r = flows('graph', '--mermaid', FIXTURE);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/```mermaid\nflowchart TD\n/);
  });
  it('diff: changed, new and gone paths between two directories', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flow-'));
    cpSync(FIXTURE, dir, { recursive: true });
    const triage = readFileSync(join(dir, 'triage.yaml'), 'utf8').replace(
      '      - id: radicalisering\n',
      '      - id: radicaliseert\n',
    );
    writeFileSync(join(dir, 'triage.yaml'), triage);
    const r = flows('diff', FIXTURE, dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('new      /nl/wegwijzer/niet-dringend/gemeente/radicaliseert/  → lse-advies (lse)');
    expect(r.out).toContain('gone     /nl/wegwijzer/niet-dringend/gemeente/radicalisering/  (was lse-advies (lse))');
    expect(r.out).toContain('0 changed, 1 new, 1 gone');
  });
  it('an unknown command prints the usage and exits 2', () => {
    const r = flows('frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toContain('usage: npm run flows');
  });
});

describe('JSON Schemas in flows/schema/', () => {
  it('are up to date with the zod schema (run `npm run flows -- schema` after changing it)', () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      expect(readFileSync(join('flows/schema', name), 'utf8'), name).toBe(text);
    }
  });
});
