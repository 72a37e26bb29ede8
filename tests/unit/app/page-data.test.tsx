// A result page's own data (src/app/page-data.ts) is what the browser takes that page over with: rendered
// from it alone — no catalogue, no engine, only the questions' texts beside it — every result page must be
// the page the whole catalogue gives, word for word, in both languages, with no text missing.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { allPages, LANGUAGES, wizardUrl } from '../../../src/app/flow';
import { App } from '../../../src/app/App';
import { loadPageData, resultPageData } from '../../../src/app/page-data';
import type { FlowRuntime } from '../../../src/app/page-model';
import { textsOfPart } from '../../../src/flow/texts';
import { loadFlowDir, makeI18n, REAL_FLOW_DIR, withI18n } from '../../fixtures/wizard/harness';

const loaded = loadFlowDir(REAL_FLOW_DIR);
const { flow, texts, runtime: whole } = loaded;
const engine = whole.engine!;
/** One path to each result. */
const toResult = new Map<string, string[]>();
for (const page of allPages(flow))
  if (page.kind === 'result' && !toResult.has(page.node)) toResult.set(page.node, page.options);

describe('a result page from its own data', () => {
  it('reaches every result', () => {
    expect([...toResult.keys()].sort()).toEqual(Object.keys(flow.results).sort());
  });

  for (const lang of LANGUAGES) {
    it(`renders every result page as the whole catalogue does (${lang})`, async () => {
      const full = await makeI18n(texts, lang);
      for (const [node, options] of toResult) {
        const path = wizardUrl(lang, options);
        const restored = engine.restore(options);
        const data = resultPageData(flow, texts[lang], lang, node);
        // What the browser has at take-over: the routing data, the first page, its own data and texts.
        const runtime: FlowRuntime = {
          flow,
          firstPage: { options, restored, dataUrl: 'x', data },
          resultModel: whole.resultModel,
        };
        const own = await makeI18n(
          { ...texts, [lang]: { ...textsOfPart(texts[lang], 'questions'), ...data.texts } },
          lang,
        );
        const expected = renderToString(withI18n(full.i18n, <App runtime={whole} initialPath={path} />));
        const actual = renderToString(withI18n(own.i18n, <App runtime={runtime} initialPath={path} />));
        expect(own.missing, path).toEqual([]);
        expect(actual, path).toBe(expected);
        expect(Object.keys(data.catalogue.results)).toEqual([node]);
      }
      expect(full.missing).toEqual([]);
    });
  }

  it('holds a small part of the catalogue and of the texts', () => {
    const data = resultPageData(flow, texts.nl, 'nl', 'bel-112');
    expect(Object.keys(data.catalogue.contacts).length).toBeLessThan(Object.keys(flow.contacts).length / 3);
    expect(Object.keys(data.texts).length).toBeLessThan(Object.keys(texts.nl).length / 5);
  });

  it('refuses an unknown result, and any module outside the results folder', async () => {
    expect(() => resultPageData(flow, texts.nl, 'nl', 'no-such-result')).toThrow(/no-such-result/);
    for (const url of ['https://example.org/x.js', '/assets/x.js', '/assets/results/../x.js', '//evil/x.js'])
      await expect(loadPageData(url)).rejects.toThrow(/not in/);
  });
});
