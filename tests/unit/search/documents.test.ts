// What a search hit opens: the result page by its shortest non-urgent path, replayed by the machine.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFlowDir } from '../../../src/flow/read-dir';
import { checkFlow } from '../../../src/flow/validate';
import { allPaths, compileFlow, restore } from '../../../src/flow/index';
import { parseWizardUrl } from '../../../src/flow/url';
import { firstSentences } from '../../../src/content/sentences';
import { searchData, searchPaths, urgentQuestionHref } from '../../../src/search/documents';

const flow = checkFlow(readFlowDir(join(process.cwd(), 'flows'))).flow!;
const paths = allPaths(flow);
const machine = compileFlow(flow);

describe('search hits', () => {
  it('has one hit per result, in both languages, each opening that result when replayed', () => {
    for (const lang of ['nl', 'en'] as const) {
      const { hits, documents } = searchData(flow, lang);
      expect(Object.keys(hits).sort()).toEqual(Object.keys(flow.results).sort());
      expect(documents.length).toBe(Object.keys(flow.results).length);
      for (const [id, hit] of Object.entries(hits)) {
        const parsed = parseWizardUrl(hit.href)!;
        expect(parsed.lang).toBe(lang);
        const restored = restore(machine, flow, parsed.options);
        expect(restored.ok && restored.node, `${id} via ${hit.href}`).toBe(id);
        expect(hit.title && hit.contact && hit.line).toBeTruthy();
      }
    }
  });

  it('shows the first sentence of the summary (or why), cut where the result page cuts it', () => {
    const [id, result] = Object.entries(flow.results)[0]!;
    const summary = {
      nl: 'Bel bijv. de politie op 0900-88.44 als het kan. Of mail.',
      en: 'Call e.g. the police. Or mail.',
    };
    const edited = { ...flow, results: { ...flow.results, [id]: { ...result, summary } } };
    expect(searchData(edited, 'nl').hits[id]!.line).toBe('Bel bijv. de politie op 0900-88.44 als het kan.');
    expect(searchData(edited, 'en').hits[id]!.line).toBe(firstSentences(summary.en, 1));
  });

  it('opens a non-urgent result by a path that does not pass the urgent answers, and the shortest such', () => {
    const chosen = searchPaths(flow, paths);
    const urgentFirst = new Set(
      flow.questions[flow.start]!.options.map((o) => o.id).filter((o) =>
        paths.filter((p) => p.answers[0]![1] === o).every((p) => flow.results[p.result]!.urgent),
      ),
    );
    expect(urgentFirst.size).toBeGreaterThan(0);
    for (const r of Object.values(flow.results)) {
      const p = chosen.get(r.id)!;
      const own = paths.filter((x) => x.result === r.id);
      const calm = own.filter((x) => !urgentFirst.has(x.answers[0]![1]));
      if (calm.length > 0) {
        expect(urgentFirst.has(p.answers[0]![1]), r.id).toBe(false);
        expect(p.answers.length, r.id).toBe(Math.min(...calm.map((x) => x.answers.length)));
      } else {
        expect(p.answers.length, r.id).toBe(Math.min(...own.map((x) => x.answers.length)));
      }
    }
  });

  it('sends time pressure to a question from which every path ends on an urgent result', () => {
    const href = urgentQuestionHref(flow, 'nl', paths)!;
    const [option] = parseWizardUrl(href)!.options;
    const own = paths.filter((p) => p.answers[0]![1] === option);
    expect(own.length).toBeGreaterThan(0);
    for (const p of own) {
      expect(p.answers.length, 'a question follows, not a result').toBeGreaterThan(1);
      expect(flow.results[p.result]!.urgent, p.result).toBe(true);
    }
  });
});
