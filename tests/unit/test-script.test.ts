// scripts/test.mjs (npm test) must fail, not skip, a stage whose files are missing: run in an empty
// directory, its first stage's file is missing, so it stops there with exit 1 and names the file — and
// runs nothing (no tool check, no apt-get).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const empty = mkdtempSync(join(tmpdir(), 'wegwijzer-test-script-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('npm test with a stage file missing', () => {
  it('fails at that stage, naming the file', () => {
    const run = spawnSync(process.execPath, [resolve('scripts/test.mjs')], { cwd: empty, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('✗ tools present: missing scripts/ensure-tools.mjs');
    expect(run.stdout).toMatch(/✗ tools present/);
    expect(run.stdout).not.toContain('▶ flow check');
  });
});
