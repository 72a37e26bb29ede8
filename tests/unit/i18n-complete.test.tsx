// A missing text fails: every question and result page of the REAL flow, and every other page, rendered in
// every language with i18next reporting any key it cannot find; and every interface namespace has the same
// keys in every language.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { allPages } from '../../src/flow/paths';
import { wizardUrl } from '../../src/flow/url';
import { LANGUAGES } from '../../src/flow/languages';
import { notFoundPath, pathFor, STATIC_PAGES } from '../../src/app/routes';
import { pageFor } from '../../src/app/page-model';
import { pageTitle } from '../../src/app/title';
import { app, loadFlowDir, makeI18n, REAL_FLOW_DIR } from '../fixtures/wizard/harness';
import { moreNamespacesFor, moreTextPartsFor } from '../../src/app/flow-texts';
import { BASE_NAMESPACES } from '../../src/i18n/i18n';
import { textsOfPart, type FlowTexts, type TextPart } from '../../src/flow/texts';
import type { Language } from '../../src/flow/languages';

const real = loadFlowDir(REAL_FLOW_DIR);
const pages = allPages(real.flow);

describe.each(LANGUAGES)('every page of the real flow in %s', (lang) => {
  it('renders every question and result without a missing text', async () => {
    const t = await makeI18n(real.texts, lang);
    let results = 0;
    for (const page of pages) {
      const path = wizardUrl(lang, page.options);
      const model = pageFor(path, real.runtime);
      expect(model.kind, path).toBe(
        page.kind === 'result' ? 'result' : page.options.length === 0 ? 'home' : 'question',
      );
      const html = renderToString(app(real, t, path));
      expect(html, path).toContain('<h1');
      expect(pageTitle(model, t.i18n.t), path).toMatch(/ – Wegwijzer$/);
      if (page.kind === 'result') results++;
    }
    expect(results).toBeGreaterThan(0);
    expect(t.missing).toEqual([]);
  });

  it('renders the footer pages (the directory and route map too) and the not-found page without a missing text', async () => {
    const t = await makeI18n(real.texts, lang);
    const paths = [...STATIC_PAGES.map((page) => pathFor({ page, lang })), notFoundPath(lang)];
    for (const path of paths) {
      const html = renderToString(app(real, t, path));
      expect(html, path).toContain('<h1');
      pageTitle(pageFor(path, real.runtime), t.i18n.t);
    }
    expect(t.missing).toEqual([]);
  });
});

// The browser loads the flow's texts in parts and the interface's namespaces per page (src/app/flow-texts.ts):
// the questions' and the common namespaces with the language, the others a page asks for. Every page must render
// with only those.
describe.each(LANGUAGES)('every page in %s with only the texts the browser loads for it', (lang) => {
  it('renders without a missing text', async () => {
    const paths = [
      ...pages.map((page) => wizardUrl(lang, page.options)),
      ...STATIC_PAGES.map((page) => pathFor({ page, lang })),
      notFoundPath(lang),
    ];
    const byParts = new Map<string, string[]>();
    for (const path of paths) {
      const parts = ['questions', ...moreTextPartsFor(path, real.runtime)].join(',');
      const namespaces = [...BASE_NAMESPACES, ...moreNamespacesFor(path, real.runtime)].join(',');
      byParts.set(`${parts};${namespaces}`, [...(byParts.get(`${parts};${namespaces}`) ?? []), path]);
    }
    expect([...byParts.keys()]).toContain('questions;ui,offline');
    for (const [key, group] of byParts) {
      const [parts, namespaces] = key.split(';') as [string, string];
      const part = (l: Language) =>
        Object.assign({}, ...parts.split(',').map((p) => textsOfPart(real.texts[l], p as TextPart)));
      const texts = Object.fromEntries(LANGUAGES.map((l) => [l, part(l)])) as FlowTexts;
      const t = await makeI18n(texts, lang, namespaces.split(','));
      for (const path of group) expect(renderToString(app(real, t, path)), path).toContain('<h1');
      expect(t.missing, `with the flow's parts ${parts} and the namespaces ${namespaces}`).toEqual([]);
    }
  }, 60_000); // every page of the real flow, rendered: about 20 s alone, more on a busy machine
});

describe('interface texts', () => {
  const localeDir = resolve(import.meta.dirname, '../../src/i18n/locales');
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
      : [prefix];
  const namespaces = new Set(LANGUAGES.flatMap((l) => readdirSync(join(localeDir, l))));

  it.each([...namespaces])('%s has the same keys in every language, none empty', (file) => {
    const [first, ...rest] = LANGUAGES.map((l) => {
      const data = JSON.parse(readFileSync(join(localeDir, l, file), 'utf8')) as unknown;
      for (const k of keys(data)) {
        const value = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], data);
        expect(typeof value === 'string' && value.trim() !== '', `${l}/${file} ${k}`).toBe(true);
      }
      return keys(data).sort();
    });
    for (const other of rest) expect(other).toEqual(first);
  });

  it('reports a missing key (the check above can fail)', async () => {
    const t = await makeI18n(real.texts, 'en');
    t.i18n.t('no.such.key', { ns: 'ui' });
    expect(t.missing).toEqual(['en ui:no.such.key']);
  });
});
