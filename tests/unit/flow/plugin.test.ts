// The Vite plugin: serves the flow as modules, and refuses a broken flow with the first error's location,
// which Vite shows in the dev overlay and which fails `vite build`.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { flowPlugin } from '../../../src/build/flow-plugin';
import { expandKeys, splitTexts, type KeyedFlow } from '../../../src/flow/texts';
import { checkFlow } from '../../../src/flow/validate';
import { readFlowDir } from '../../../src/flow/read-dir';

type Hook = (this: unknown, id: string) => unknown;
function run(dir: string, id: string) {
  const plugin = flowPlugin({ dir });
  const resolved = (plugin.resolveId as Hook).call({}, id) as string;
  const warnings: string[] = [];
  const ctx = {
    addWatchFile() {},
    warn(w: string) {
      warnings.push(w);
    },
    error(e: unknown): never {
      throw Object.assign(
        new Error(typeof e === 'string' ? e : (e as { message: string }).message),
        typeof e === 'string' ? {} : e,
      );
    },
  };
  const load = plugin.load as Hook;
  return { code: load.call(ctx, resolved) as string, warnings };
}

/** The routing data the flow module gives once evaluated: its text keys expanded (src/flow/texts.ts). */
function routingData(dir: string): KeyedFlow {
  const { code } = run(dir, 'virtual:wegwijzer/flow');
  const compact = /^import \{ expandKeys \} from "[^"]+texts\.ts";\nexport default expandKeys\((.*)\);$/s.exec(code);
  if (!compact) throw new Error(`unexpected flow module:\n${code.slice(0, 200)}`);
  return expandKeys(JSON.parse(compact[1]!));
}

describe('flow plugin', () => {
  it('serves the keyed flow and each language’s texts', () => {
    const code = run('tests/fixtures/flow-base', 'virtual:wegwijzer/flow').code;
    expect(routingData('tests/fixtures/flow-base').questions.rol!.text).toBe('questions.rol.text');
    // Written compactly: a text key is its own place's path, so the module does not spell it out.
    expect(code).not.toContain('"questions.rol.text"');
    expect(code).not.toContain('Wat is uw rol?');
    const nl = run('tests/fixtures/flow-base', 'virtual:wegwijzer/texts/nl').code;
    expect(nl).toContain('"questions.rol.text":"Wat is uw rol?"');
  });
  it('serves each language’s texts in parts that together are all of them, each text in one part', () => {
    for (const lang of ['nl', 'en']) {
      const parse = (id: string) => JSON.parse(run('flows', id).code.slice('export default '.length, -1));
      const all = parse(`virtual:wegwijzer/texts/${lang}`) as Record<string, string>;
      const parts = ['questions', 'results', 'catalogue'].map(
        (part) => parse(`virtual:wegwijzer/texts/${lang}/${part}`) as Record<string, string>,
      );
      expect(Object.assign({}, ...parts)).toEqual(all);
      expect(parts.reduce((n, p) => n + Object.keys(p).length, 0)).toBe(Object.keys(all).length);
      expect(Object.keys(parts[0]!).every((key) => key.startsWith('questions.'))).toBe(true);
      expect(Object.keys(parts[1]!).every((key) => key.startsWith('results.'))).toBe(true);
    }
    expect(() => run('flows', 'virtual:wegwijzer/texts/nl/everything')).toThrow(/Unknown module/);
  });
  it('serves the routing data of the real flow: its questions as keyed, of each result its id and primary', () => {
    const keyed = splitTexts(checkFlow(readFlowDir('flows')).flow!).flow;
    const routing = routingData('flows');
    expect(routing.start).toBe(keyed.start);
    expect(routing.questions).toEqual(keyed.questions);
    expect(routing.results).toEqual(
      Object.fromEntries(Object.values(keyed.results).map(({ id, primary }) => [id, { id, primary }])),
    );
  });
  it('keeps search words out of the flow module the entry chunk imports', () => {
    const flow = run('flows', 'virtual:wegwijzer/flow').code;
    expect(flow).toContain('"lse-familie"');
    expect(flow).not.toContain('"search"');
    // A search word only (`lse-complotdenken`'s); ids and labels now say "complot" too (issue 25).
    expect(flow).not.toContain('complotdenker');
    expect(flow).not.toContain('searchAlarms');
  });
  it("serves each language's search index small enough for the 30 KB search chunk (with about 7 KB of MiniSearch and ranking)", () => {
    for (const lang of ['nl', 'en']) {
      const code = run('flows', `virtual:wegwijzer/search/${lang}`).code;
      expect(code).toMatch(/^export default /);
      const data = JSON.parse(code.slice('export default '.length, -1)) as { hits: Record<string, { href: string }> };
      expect(Object.keys(data.hits).length).toBeGreaterThan(0);
      // The chunk is at most 30 KB gzip (docs/decisions/0007-search-library.md): MiniSearch with our ranking
      // is about 7 KB of it, so the index module may take the rest.
      expect(gzipSync(code).length, `${lang} search module, gzip`).toBeLessThan((30 - 7) * 1024);
    }
  });
  it('fails on a broken flow with file, line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flow-'));
    cpSync('tests/fixtures/flow-base', dir, { recursive: true });
    writeFileSync(
      join(dir, 'triage.yaml'),
      readFileSync(join(dir, 'triage.yaml'), 'utf8').replace('    otherwise: zorg', '    otherwise: zorgen'),
    );
    let thrown: { message: string; loc?: { file: string; line: number; column: number } } | undefined;
    try {
      run(dir, 'virtual:wegwijzer/flow');
    } catch (e) {
      thrown = e as typeof thrown;
    }
    expect(thrown?.message).toContain('triage.yaml:25:16 otherwise: "zorgen" is not a question or result in this flow');
    expect(thrown?.loc).toEqual({ file: join(dir, 'triage.yaml'), line: 25, column: 15 });
  });
});
